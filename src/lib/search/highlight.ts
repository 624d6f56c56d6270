import { decodeCharacterReferences } from '../links/html-text.ts';

/** A run of text, marked when it matches the query. Rendered as text nodes and <mark>, never as HTML. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A word as the index sees one: letters and digits, with inner hyphens, dots or underscores ("ms-sql-s"). */
const WORD = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

/** The query's words, lower-cased, without repeats. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().match(WORD) ?? [])];
}

/** True when the word, or one of its hyphenated parts, starts with a term (the index matches prefixes). */
function wordMatches(word: string, terms: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const parts = [lower, ...lower.split(/[-_.]/)];
  return terms.some((term) => parts.some((part) => part.startsWith(term)));
}

/** Appends a segment, merging it into the previous one when both are marked or both are not. */
function push(segments: Segment[], text: string, mark: boolean) {
  if (text === '') return;
  const last = segments.at(-1);
  if (last && last.mark === mark) last.text += text;
  else segments.push({ text, mark });
}

/** Splits `text` into segments, marking every word that matches one of the query's terms. */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let done = 0;
  for (const match of terms.length ? text.matchAll(WORD) : []) {
    if (!wordMatches(match[0], terms)) continue;
    push(segments, text.slice(done, match.index), false);
    push(segments, match[0], true);
    done = match.index + match[0].length;
  }
  push(segments, text.slice(done), false);
  return segments;
}

/** True when any segment is marked. */
export function hasMark(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.mark);
}

/**
 * Reads a pagefind excerpt (escaped text with <mark> around the matches) into segments, so that it
 * can be shown without handing any HTML to the page.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  const parts = excerpt.split(/<mark>([\s\S]*?)<\/mark>/);
  parts.forEach((part, i) => push(segments, decodeCharacterReferences(part.replace(/<[^>]*>/g, '')), i % 2 === 1));
  return segments;
}
