/**
 * Footnote problems in an article's Markdown, as messages naming the footnote. GFM turns `[^name]`
 * into a footnote only when a definition exists; without one the page shows the literal "[^name]".
 * A definition nothing references, or one with no http(s) link to its source, is an error too:
 * every claim's source must be something a reader can open. Code (fenced or inline) is skipped.
 */
export function footnoteProblems(markdown: string): string[] {
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const definitions = new Map<string, string>();
  // A definition runs from "[^id]:" to the next blank line not followed by an indented continuation.
  for (const match of text.matchAll(/^\[\^([^\]\s]+)\]:([^\n]*(?:\n(?: {2,}|\t)[^\n]*)*)/gm)) {
    definitions.set(match[1]!, match[2]!);
  }
  const body = text.replace(/^\[\^([^\]\s]+)\]:/gm, '');
  const references = new Set([...body.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]!));
  const problems: string[] = [];
  for (const id of references) {
    if (!definitions.has(id)) problems.push(`the footnote reference [^${id}] has no definition: add a line "[^${id}]: Publisher, title: https://..."`);
  }
  for (const [id, definition] of definitions) {
    if (!references.has(id)) problems.push(`the footnote [^${id}] is defined but never referenced`);
    if (!/https?:\/\/\S/.test(definition)) problems.push(`the footnote [^${id}] has no http(s) link to its source`);
  }
  return problems;
}
