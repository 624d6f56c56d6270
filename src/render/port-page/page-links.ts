import { markdownLink } from '../../lib/links/markdown-link.ts';
import { html, type Html } from '../html.ts';

/**
 * "Copy link" and "Copy as Markdown" for the whole page, with one visible status that says what
 * was copied. Copies the public address (SITE_URL), also when the page is read on a preview host.
 */
export const pageLinks = (url: string, linkText: string): Html =>
  html`<div data-copy-group class="page-links"><copy-button data-copy="${url}" data-what="link to this page"><button type="button">Copy link</button></copy-button><copy-button data-copy="${markdownLink(linkText, url)}" data-what="Markdown link"><button type="button">Copy as Markdown</button></copy-button><p role="status" data-copy-status class="page-links-status"></p></div>`;

/** The ports an article discusses, each with the names its own title gives it. */
export function relatedPorts(ports: readonly { port: number; names: string }[]): Html {
  if (ports.length === 0) return html``;
  return html`<nav aria-label="Related ports" class="my-6" data-related><h2 class="mb-2 text-lg font-semibold">Related ports</h2><ul class="related">${ports.map(
    ({ port, names }) => html`<li><a href="/ports/${port}/">Port ${port}</a> <span class="text-muted">${names}</span></li>`,
  )}</ul></nav>`;
}
