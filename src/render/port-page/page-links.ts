import { html, type Html } from '../html.ts';

/**
 * The row for "Copy link" and "Copy as Markdown": the buttons and their status are made by
 * src/browser/page-links.ts (they only work with a script), which copies the canonical address;
 * the row carries the Markdown link's text. It keeps their height, so nothing moves when they come.
 */
export const pageLinks = (linkText: string): Html => html`<div class="page-links" data-page-links="${linkText}"></div>`;

