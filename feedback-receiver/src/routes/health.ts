/**
 * GET /healthz: proves the process answers and the database can be queried.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiverContext } from '../context.ts';
import { sendError, sendJson } from '../http-responses.ts';

/**
 * Handles every request to /healthz.
 * @param ctx shared server state
 */
export function handleHealth(req: IncomingMessage, res: ServerResponse, ctx: ReceiverContext): void {
  if (req.method !== 'GET') {
    sendError(res, 405, 'method not allowed', { Allow: 'GET' });
    return;
  }
  try {
    ctx.store.ping();
  } catch {
    sendJson(res, 503, { ok: false });
    return;
  }
  sendJson(res, 200, { ok: true });
}
