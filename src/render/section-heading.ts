import { html, raw, type Html } from './html.ts';

export interface SectionHeadingOptions {
  /** The fragment: the section's address is the page's plus #id. */
  id: string;
  /** The heading's text; it also names the section in the label of its link. */
  text: string;
  level?: 2 | 3;
  className?: string;
  /** Markup shown instead of the text (an article heading with markup in it). */
  inner?: Html;
  /** Inside article prose, whose link styles the icon and button must not take. */
  prose?: boolean;
}

/**
 * A section heading with its address: a link to #id (an icon, drawn by global.css from /link.svg,
 * shown on hover and focus) and a
 * "Copy link" button. The button itself, its address, status and screen-reader context are added
 * by src/browser/copy-button.ts, from the page's canonical link and the heading: it only works with
 * JavaScript, and its bytes repeat on every section of 65,536 pages. global.css keeps its place.
 */
export function sectionHeading({ id, text, level = 2, className, inner, prose = false }: SectionHeadingOptions): Html {
  const tag = raw(`h${level}`);
  const np = prose ? ' not-prose' : '';
  return html`<div class="hd"><${tag} id="${id}"${className ? html` class="${className}"` : ''}>${inner ?? text}</${tag}><a href="#${id}" class="hd-a${np}" aria-label="Link to section: ${text}"></a><copy-button class="hd-c${np}" data-section></copy-button></div>`;
}
