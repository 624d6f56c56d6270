/**
 * Validation of the vote JSON. Everything is checked by hand (no schema
 * library) so the accepted shape is visible in one place and nothing outside
 * it can reach the database.
 */
import type { PageValidator } from './pages.ts';

import { MAX_COMMENT_LENGTH, REASON_IDS, type FeedbackReason } from '../../src/lib/feedback/feedback-contract.ts';

export { MAX_COMMENT_LENGTH };

export type Reason = FeedbackReason;
export type VoteValue = 1 | 2 | 3;

const ALLOWED_FIELDS = new Set(['page', 'vote', 'reason', 'comment']);
// The reasons the widget offers after a 1 or 2 vote (the contract shared with the widget).
const REASON_SET: ReadonlySet<string> = new Set(REASON_IDS);

/** A vote that passed validation, in its canonical form. */
export interface ValidVote {
  page: string;
  vote: VoteValue;
  reason: Reason | null;
  comment: string | null;
}

export type VoteValidation = { ok: true; vote: ValidVote } | { ok: false; error: string };

/**
 * Control characters that are removed from comments: C0 controls except the
 * newline, DEL, C1 controls, and the Unicode bidi embedding/override/isolate
 * marks, which can make a comment display differently from what it contains
 * (in the report's terminal output or an admin page).
 */
const STRIPPED_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Cleans a comment: CRLF and lone CR become LF (newlines are kept, a
 * multi-line comment is legitimate), other control characters are removed,
 * runs of more than two blank lines are squeezed and outer whitespace trimmed.
 * @returns the cleaned text, possibly empty.
 */
export function cleanComment(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(STRIPPED_CHARACTERS, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Length in Unicode code points, which is also what SQLite's length() counts. */
function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a parsed JSON body as a vote.
 * @param data the result of JSON.parse
 * @param checkPage decides which pages exist and canonicalises them
 * @returns the canonical vote, or a short error message for a 400 answer.
 */
export function validateVote(data: unknown, checkPage: PageValidator): VoteValidation {
  if (!isPlainObject(data)) return { ok: false, error: 'body must be a JSON object' };

  // Object.keys also sees an own "__proto__" key created by JSON.parse.
  for (const key of Object.keys(data)) {
    if (!ALLOWED_FIELDS.has(key)) return { ok: false, error: 'unexpected field' };
  }

  const { page, vote, reason, comment } = data;

  if (typeof page !== 'string') return { ok: false, error: 'page must be a string' };
  const canonicalPage = checkPage(page);
  if (canonicalPage === null) return { ok: false, error: 'page is not a page of this site' };

  if (vote !== 1 && vote !== 2 && vote !== 3) return { ok: false, error: 'vote must be 1, 2 or 3' };

  // null is accepted as "not given": a widget may serialise an unset field that way.
  let validReason: Reason | null = null;
  if (reason !== undefined && reason !== null) {
    if (typeof reason !== 'string' || !REASON_SET.has(reason)) {
      return { ok: false, error: 'reason is not one of the known reasons' };
    }
    validReason = reason as Reason;
  }

  let validComment: string | null = null;
  if (comment !== undefined && comment !== null) {
    if (typeof comment !== 'string') return { ok: false, error: 'comment must be a string' };
    // Lone surrogates cannot be stored as UTF-8 faithfully; refuse them.
    if (!comment.isWellFormed()) return { ok: false, error: 'comment is not valid unicode' };
    const cleaned = cleanComment(comment);
    if (codePointLength(cleaned) > MAX_COMMENT_LENGTH) {
      return { ok: false, error: `comment longer than ${MAX_COMMENT_LENGTH} characters` };
    }
    validComment = cleaned === '' ? null : cleaned;
  }

  return { ok: true, vote: { page: canonicalPage, vote, reason: validReason, comment: validComment } };
}
