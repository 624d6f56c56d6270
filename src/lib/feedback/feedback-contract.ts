/**
 * What the feedback widget sends and the receiver accepts, in one place: the widget
 * (src/browser/feedback.ts), the receiver's validation and its database constraints
 * (feedback-receiver/src/) all take these from here. Plain TypeScript without dependencies: the
 * receiver runs it under Node directly.
 */

/** The reasons offered after an unhappy vote, with the label the widget shows. */
export const FEEDBACK_REASONS = [
  { id: 'wrong-facts', label: 'Wrong or outdated facts' },
  { id: 'missing-info', label: 'Missing information' },
  { id: 'commands-failed', label: 'The commands did not work' },
  { id: 'hard-to-understand', label: 'Hard to understand' },
  { id: 'other', label: 'Something else' },
] as const;

export type FeedbackReason = (typeof FEEDBACK_REASONS)[number]['id'];

/** The reason ids, as the receiver validates them. */
export const REASON_IDS: readonly FeedbackReason[] = FEEDBACK_REASONS.map((r) => r.id);

/** Longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 500;
