import { formatDate } from '../lib/dates/calendar-date.ts';
import { siteUrl } from '../lib/links/page-url.ts';
import { SITE_NAME } from '../lib/links/site-name.ts';
import { html, type Html } from './html.ts';

export interface PageHeadOptions {
  /** The document title without the site name. */
  title: string;
  /** Meta description, also the description of link previews. */
  description: string;
  /** The page's canonical URL. */
  canonical: string;
  /** The public origin, for the preview image's address. */
  site: URL | string;
  /** The link-preview image (root-relative) and its alternative text. */
  card: { path: string; alt: string };
  /** Open Graph type: "article" for a page with an article. */
  type?: 'website' | 'article';
  /** When the page's article was last updated. */
  modified?: Date;
  /** For the 404 page, which is served at any address: no canonical URL, not indexed. */
  noindex?: boolean;
  /** The page's data as JSON (/ports/626/data.json), where it has a file. */
  dataJson?: string;
}

/**
 * What a page's <head> says about it: title, description, canonical address and link preview.
 * X's card parser falls back to og:title, og:description and og:image when the twitter:* tags
 * are missing ("Twitter Cards and Open Graph" in its Cards guide,
 * http://web.archive.org/web/20181128014859/http://dev.twitter.com/cards, read 2026-12-01): only
 * what Open Graph does not say is written twice.
 */
export function pageHead({ title, description, canonical, site, card, type = 'website', modified, noindex = false, dataJson }: PageHeadOptions): Html {
  const image = siteUrl(card.path, site);
  return html`<title>${title} · ${SITE_NAME}</title><meta name="description" content="${description}">${
    noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`
  }<meta property="og:type" content="${type}"><meta property="og:site_name" content="${SITE_NAME}"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}">${
    noindex ? '' : html`<meta property="og:url" content="${canonical}">`
  }<meta property="og:image" content="${image}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="${card.alt}">${
    modified ? html`<meta property="article:modified_time" content="${formatDate(modified)}">` : ''
  }<meta name="twitter:card" content="summary_large_image"><meta name="twitter:image:alt" content="${card.alt}">${
    dataJson ? html`<link rel="alternate" type="application/json" href="${dataJson}">` : ''
  }`;
}
