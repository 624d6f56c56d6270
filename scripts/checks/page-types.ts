/**
 * One page of each kind the site has; the quality gates (weight, accessibility, valid HTML,
 * CSP) run on these. `budgeted` pages are held to the 14 KB first-round-trip budget; article
 * pages, whose prose does not fit one round trip, to ARTICLE_BUDGET instead.
 */
export interface PageType {
  name: string;
  path: string;
  budgeted: boolean;
  /** Overrides the first-round-trip budget, in gzip bytes of HTML and CSS. */
  budget?: number;
  /** At most this many raw bytes of HTML: the page kinds that repeat by the ten thousand. */
  rawBudget?: number;
}

/**
 * Unassigned port pages are 59,102 of the site's files (`npm run bench:build`, "port page:
 * unassigned"): at 12 KB for the plainest of them, dist/ stays under 1 GB with room for what is to
 * come (GitHub Pages refuses sites over 1 GB; scripts/checks/build-budget.ts holds that).
 */
export const UNASSIGNED_RAW_BUDGET = 12 * 1024;

/**
 * A sourced article (300-700 words, its footnotes, the firewall rules) does not fit the 14 KB of a
 * first round trip; its first screen (title, verdict, summary) comes early in the HTML all the same.
 */
export const ARTICLE_BUDGET = 24 * 1024;

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/', budgeted: true },
  { name: 'port list', path: '/ports/', budgeted: true },
  { name: 'article page', path: '/ports/626/', budgeted: true, budget: ARTICLE_BUDGET },
  { name: 'long article page, with code', path: '/ports/53/', budgeted: true, budget: ARTICLE_BUDGET },
  { name: 'registry-only page', path: '/ports/2647/', budgeted: true },
  { name: 'unassigned page', path: '/ports/65000/', budgeted: true },
  { name: 'unassigned, nothing else known', path: '/ports/40413/', budgeted: true, rawBudget: UNASSIGNED_RAW_BUDGET },
  { name: 'good-choice page', path: '/ports/20011/', budgeted: true },
  { name: 'search', path: '/search/', budgeted: true },
  { name: 'port finder', path: '/pick-a-port/', budgeted: true },
  { name: '404', path: '/404.html', budgeted: true },
  { name: 'software page', path: '/software/grafana-loki/', budgeted: true },
  { name: 'browse block', path: '/ports/list/1000-1499/', budgeted: false },
  { name: 'software list', path: '/software/', budgeted: false },
  { name: 'open data', path: '/data/', budgeted: false },
];
