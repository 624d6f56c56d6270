/**
 * A Markdown inline link, "[text](url)", safe to paste: brackets and backslashes in the text are
 * escaped, and characters that would end the URL early (parentheses, spaces) are percent-encoded.
 */
export function markdownLink(text: string, url: string): string {
  const label = text.replace(/[\\[\]]/g, '\\$&');
  const target = url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${target})`;
}
