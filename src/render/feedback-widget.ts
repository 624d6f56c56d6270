import { issueReportUrl } from '../lib/feedback/issue-report-url.ts';
import { html, type Html } from './html.ts';

/** Each face is drawn by global.css (.faces), where screen readers skip it and no page repeats it. */
const FACES = [
  { vote: 1, label: 'Not helpful' },
  { vote: 2, label: 'Somewhat helpful' },
  { vote: 3, label: 'Helpful' },
];

export interface FeedbackOptions {
  /** The page's path, e.g. /ports/626/; votes are remembered and sent per page. */
  page: string;
  /** The public origin, for the address an error report quotes. */
  site: URL | string;
  /** Where votes go (PUBLIC_FEEDBACK_URL); empty: they are only remembered in the browser. */
  endpoint: string;
  /** The issue tracker's "new issue" address (PUBLIC_ISSUE_URL). */
  issueUrl: string;
}

/**
 * "Was this page helpful?" (its buttons become toggle buttons, aria-pressed, when its script runs)
 * and an error report titled with the page, whose body is written when the link is followed
 * (src/browser/report-link.ts).
 */
export function feedbackWidget({ page, site, endpoint, issueUrl }: FeedbackOptions): Html {
  const report = issueReportUrl(new URL(page, site).href, issueUrl);
  return html`<aside aria-labelledby="feedback" class="feedback"><feedback-widget data-page="${page}"${endpoint ? html` data-endpoint="${endpoint}"` : ''}><h2 id="feedback" class="font-semibold">Was this page helpful?</h2><div role="group" aria-labelledby="feedback" class="faces">${FACES.map(
    (f) => html`<button type="button" data-vote="${f.vote}">${f.label}</button>`,
  )}</div><p role="status" data-thanks class="thanks"></p></feedback-widget><p class="text-sm" data-report><a href="${report}" data-report-link>Report an error on this page</a></p></aside>`;
}
