import { html, raw, type Html } from './html.ts';

export interface SectionHeadingOptions {
  /** The fragment: the section's address is the page's plus #id. */
  id: string;
  /** The heading's text: its link's, and the section's name for the copy button. */
  text: string;
  level?: 2 | 3;
  className?: string;
  /** Markup shown instead of the text (an article heading with markup in it). */
  inner?: Html;
  /** Inside article prose, whose link styles the button must not take (the link's are undone in CSS). */
  prose?: boolean;
}

/**
 * A section heading with its address: the heading's text links to #id (a link icon, drawn by
 * global.css from /link.svg, shows on hover and focus), and a "Copy link" button. The button
 * itself, its address, status and screen-reader context are added by src/browser/copy-button.ts,
 * from the page's canonical link and the heading: it only works with JavaScript, and its bytes
 * repeat on every section of 65,536 pages. global.css keeps its place.
 */
export function sectionHeading({ id, text, level = 2, className, inner, prose = false }: SectionHeadingOptions): Html {
  const tag = raw(`h${level}`);
  const np = prose ? ' not-prose' : '';
  return html`<div class="hd"><${tag} id="${id}"${className ? html` class="${className}"` : ''}><a href="#${id}" class="hd-a">${inner ?? text}</a></${tag}><copy-button class="hd-c${np}" data-section></copy-button></div>`;
}
