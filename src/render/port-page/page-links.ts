import { html, type Html } from '../html.ts';

/**
 * The row for "Copy link" and "Copy as Markdown": the buttons and their status are made by
 * src/browser/page-links.ts (they only work with a script), which copies the canonical address;
 * the row carries the Markdown link's text. It keeps their height, so nothing moves when they come.
 */
export const pageLinks = (linkText: string): Html => html`<div class="page-links" data-page-links="${linkText}"></div>`;

/** The ports an article discusses, each with the names its own title gives it. */
export function relatedPorts(ports: readonly { port: number; names: string }[]): Html {
  if (ports.length === 0) return html``;
  return html`<nav aria-label="Related ports" class="my-6" data-related><h2 class="mb-2 text-lg font-semibold">Related ports</h2><ul class="related">${ports.map(
    ({ port, names }) => html`<li><a href="/ports/${port}/">Port ${port}</a> <span class="text-muted">${names}</span></li>`,
  )}</ul></nav>`;
}
