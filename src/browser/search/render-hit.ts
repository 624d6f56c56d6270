/** Builds the markup of one search result in the browser, from text only (no HTML is parsed). */
import { excerptSegments, hasMark, markTerms, type Segment } from '../../lib/search/highlight.ts';

/** What a result shows: the port number, its names, its summary, and the excerpt when that is where the match is. */
export interface ShownHit {
  url: string;
  port: number | null;
  heading: string;
  summary: string;
  /** Pagefind's excerpt (escaped, with <mark>), or '' when there is none. */
  excerpt: string;
}

function span(className: string, segments: readonly Segment[]): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  for (const s of segments) {
    if (!s.mark) el.append(s.text);
    else el.append(Object.assign(document.createElement('mark'), { textContent: s.text }));
  }
  return el;
}

/**
 * A link to the result: port number, then its names and summary with the query's words marked.
 * When neither contains a match (it was in an article), pagefind's excerpt shows where it was.
 */
export function renderHit(hit: ShownHit, terms: readonly string[]): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit';
  const number = document.createElement('span');
  number.className = 'search-hit-port';
  number.textContent = hit.port === null ? '' : String(hit.port);
  const text = document.createElement('span');
  text.className = 'search-hit-text';
  const heading = markTerms(hit.heading, terms);
  const summary = markTerms(hit.summary, terms);
  text.append(span('search-hit-names', heading), span('search-hit-summary', summary));
  const excerpt = excerptSegments(hit.excerpt);
  if (!hasMark(heading) && !hasMark(summary) && hasMark(excerpt)) {
    text.append(span('search-hit-excerpt', [{ text: '… ', mark: false }, ...excerpt, { text: ' …', mark: false }]));
  }
  link.append(number, text);
  return link;
}
