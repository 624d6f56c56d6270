import { weightedNameKeys, type PortSearchEntry } from '../../lib/search/port-search-entry.ts';
import { html, type Html } from '../html.ts';

/**
 * The opening of the region pagefind indexes (src/site-steps/search-index.ts reads these
 * attributes), and what goes at its end: the names, metadata and filters, hidden. Pages left out
 * of the index get a bare wrapper: most port pages would otherwise carry bytes nobody reads.
 */
export function searchRegion(entry: PortSearchEntry, title: string, summary: string): { open: Html; close: Html } {
  if (!entry.indexed) return { open: html`<div>`, close: html`</div>` };
  // Each name as one word ("syslog-tls" -> "syslogtls"), weighted high: the index splits a
  // hyphenated name into parts, so "syslog" would match syslog-tls as exactly as syslog; as one
  // word it is only a prefix match, and the exact name ranks first. Names the port does not lead
  // on count for less: a product's own port comes first.
  const keys = weightedNameKeys(entry);
  return {
    open: html`<div data-pagefind-body>`,
    close: html`<div hidden>${keys.strong ? html`<p data-pagefind-weight="10">${keys.strong}</p>` : ''}${keys.weak ? html`<p data-pagefind-weight="4">${keys.weak}</p>` : ''}${
      entry.descriptions.length > 0 ? html`<p data-pagefind-weight="3">${entry.descriptions.join('. ')}</p>` : ''
    }<span data-pagefind-meta="port:${entry.port}"></span><span data-pagefind-meta="title:${title}"></span><span data-pagefind-meta="names:${entry.names.join(', ')}"></span><span data-pagefind-meta="summary:${summary}"></span><span data-pagefind-filter="range:${entry.range}"></span>${entry.transports.map(
      (t) => html`<span data-pagefind-filter="transport:${t}"></span>`,
    )}</div></div>`,
  };
}
