/** Browser-side helpers of the "Was this page helpful?" widget. */
import { FEEDBACK_REASONS, MAX_COMMENT_LENGTH } from '../lib/feedback/feedback-contract.ts';

/** What the widget sends: the receiver accepts exactly these fields. */
export interface Feedback {
  page: string;
  vote: number;
  reason?: string;
  comment?: string;
}

const key = (page: string) => `vote:${page}`;

/** The vote this browser gave the page, or null. */
export function readVote(page: string): number | null {
  try {
    const vote = Number(localStorage.getItem(key(page)));
    return vote >= 1 && vote <= 3 ? vote : null;
  } catch {
    return null;
  }
}

/** Remembers the vote; a later vote for the same page replaces it. */
export function storeVote(page: string, vote: number): void {
  try {
    localStorage.setItem(key(page), String(vote));
  } catch {
    // Storage blocked: the vote still counts for this visit.
  }
}

/**
 * What the widget says after a vote. `asking` is true while the follow-up form is shown; a vote
 * remembered from an earlier visit is thanked without asking for a form that is not there.
 */
export function feedbackThanks(vote: number, asking = true): string {
  if (vote === 3) return 'Thank you! Glad it helped.';
  return asking ? 'Thank you. Tell us what fell short, if you like: we read every answer.' : 'Thank you for your answer.';
}

/** What the widget says once a follow-up was sent, or could not be. */
export function sentMessage(outcome: SendOutcome): string {
  if (outcome === 'sent') return 'Thank you: your answer reached the people who maintain this page.';
  if (outcome === 'not-configured') return 'Thank you. This copy of the site collects no answers, so yours stays in this browser.';
  return 'Thank you. Your answer could not be sent just now; it is kept in this browser.';
}

/** What became of a vote: accepted by the receiver, failed, or never sent (no receiver configured). */
export type SendOutcome = 'sent' | 'failed' | 'not-configured';

/**
 * Sends feedback when the site was built with a feedback URL. Never throws: the promise says what
 * happened, so the widget can tell the reader the truth.
 */
export async function sendVote(endpoint: string, body: Feedback): Promise<SendOutcome> {
  if (!endpoint) return 'not-configured';
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive: true,
    });
    return response.ok ? 'sent' : 'failed';
  } catch {
    // Offline, blocked, or a malformed endpoint URL: the page goes on.
    return 'failed';
  }
}

/** Creates an element with classes and children, without innerHTML (the CSP and safety both prefer it). */
function el(tag: string, props: Record<string, string | number> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The optional follow-up after 😔 or 🤨: a labelled radio group of reasons and a comment of up to MAX_COMMENT_LENGTH characters. */
export function createFollowUpForm(): HTMLFormElement {
  const reasons = FEEDBACK_REASONS.map((r) =>
    el('label', { className: 'mt-1 flex items-center gap-2' }, el('input', { type: 'radio', name: 'reason', value: r.id }), r.label),
  );
  const hint = el('p', { id: 'feedback-comment-hint', className: 'text-muted' }, `Up to ${MAX_COMMENT_LENGTH} characters. Please no personal details.`);
  const comment = el('textarea', { id: 'feedback-comment', name: 'comment', maxLength: MAX_COMMENT_LENGTH, rows: 3, className: 'mt-1 block w-full rounded border border-line bg-page p-2 text-ink' });
  comment.setAttribute('aria-describedby', hint.id);
  const skip = el('button', { type: 'button', className: 'rounded border border-line px-3 py-1.5' }, 'Skip');
  skip.dataset.skip = '';
  const form = el(
    'form',
    { className: 'mt-2 space-y-3 text-sm' },
    el('fieldset', {}, el('legend', { className: 'font-medium' }, 'What was missing or wrong? (optional)'), ...reasons),
    el('div', {}, el('label', { htmlFor: comment.id, className: 'font-medium' }, 'Anything else? (optional)'), comment, hint),
    el(
      'div',
      { className: 'flex gap-2' },
      el('button', { type: 'submit', className: 'rounded bg-accent px-3 py-1.5 font-medium text-surface' }, 'Send'),
      skip,
    ),
  );
  return form as HTMLFormElement;
}
