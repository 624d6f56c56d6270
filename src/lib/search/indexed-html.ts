/** The attribute that marks the part of a page that belongs in the search index. */
export const INDEX_MARKER = 'data-pagefind-body';

/**
 * Cuts the element marked `data-pagefind-body` (with everything inside it) out of a built page
 * and wraps it in a minimal document, or returns null when the page has no such element.
 *
 * Why: pagefind parses every byte it is given, and a port page spends most of its bytes on check commands and
 * range explanations that it would parse only to drop; handing it the marked element alone makes
 * indexing four times faster. Pagefind metadata and filters must therefore sit inside the marked
 * element. Only the first marked element is kept; the input is trusted, well-formed build output.
 */
export function extractIndexedHtml(html: string): string | null {
  const marker = html.indexOf(INDEX_MARKER);
  if (marker === -1) return null;
  const start = html.lastIndexOf('<', marker);
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1];
  if (start === -1 || !tag) return null;
  // Walk the same-named tags after the opening one until the element closes.
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1]) depth--;
    else if (!match[0].endsWith('/>')) depth++;
    if (depth === 0) return `<!doctype html><html><body>${skipNonContent(html.slice(start, tags.lastIndex))}</body></html>`;
  }
  throw new Error(`the <${tag} ${INDEX_MARKER}> element is never closed`);
}

/**
 * What the marked element holds that is not the page's content, taken out before pagefind reads
 * it: an article's footnotes are sources (publishers, titles, URLs), which nobody searches for and
 * whose URLs add thousands of one-off words; copy buttons put "copy" on every page that has them,
 * a word whose index entry would then list those pages. The markup is the build's own, so plain
 * string edits are safe here.
 */
function skipNonContent(html: string): string {
  return html
    .replaceAll('<section data-footnotes', '<section data-pagefind-ignore data-footnotes')
    .replace(/<copy-button\b[^>]*>[\s\S]*?<\/copy-button>/g, '');
}
