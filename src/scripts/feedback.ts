/** Browser-side helpers of the "Was this page helpful?" widget. */

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

/** What the widget says after a vote. */
export function feedbackThanks(vote: number): string {
  return vote === 3
    ? 'Thank you! Glad it helped.'
    : 'Thank you. Tell us what fell short, if you like: we read every answer.';
}

/**
 * Sends feedback when the site was built with a feedback URL. Never throws and never waits:
 * the reader's thank-you does not depend on the receiver being up.
 */
export function sendVote(endpoint: string, body: Feedback): void {
  if (!endpoint) return;
  try {
    fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive: true,
    }).catch(() => {});
  } catch {
    // A malformed endpoint URL must not break the page.
  }
}
