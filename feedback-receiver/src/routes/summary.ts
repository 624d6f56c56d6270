/**
 * GET /api/feedback/summary: aggregate counts and recent remarks, for the
 * maintainer only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAuthorisedAdmin } from '../auth.ts';
import type { ReceiverContext } from '../context.ts';
import { sendError, sendJson } from '../http-responses.ts';
import { pageCounts, reasonCounts, recentFeedback, voteCount } from '../queries.ts';

/** How many recent reasons/comments the summary includes. */
export const RECENT_LIMIT = 100;

/**
 * Handles every request to /api/feedback/summary.
 * @param ctx shared server state
 */
export function handleSummary(req: IncomingMessage, res: ServerResponse, ctx: ReceiverContext): void {
  if (req.method !== 'GET') {
    sendError(res, 405, 'method not allowed', { Allow: 'GET' });
    return;
  }
  if (!isAuthorisedAdmin(req.headers.authorization, ctx.adminToken)) {
    sendError(res, 401, 'unauthorised', { 'WWW-Authenticate': 'Bearer' });
    return;
  }
  const db = ctx.store.db;
  const pages = pageCounts(db).map((row) => ({
    page: row.page,
    votes: { '1': row.notHelpful, '2': row.partly, '3': row.helpful },
    total: row.total,
  }));
  sendJson(res, 200, {
    generatedAt: new Date(ctx.now()).toISOString(),
    totalVotes: voteCount(db),
    pages,
    reasons: reasonCounts(db),
    recent: recentFeedback(db, RECENT_LIMIT),
  });
}
