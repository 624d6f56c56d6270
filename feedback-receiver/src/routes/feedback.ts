/**
 * POST /api/feedback (and its CORS preflight). The order of the checks is
 * deliberate: cheap header checks and the rate limit come before the body is
 * read, so abusive or misdirected requests cost almost nothing, and nothing is
 * written unless every check passed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from '../client-address.ts';
import { isJsonContentType } from '../content-type.ts';
import type { ReceiverContext } from '../context.ts';
import { classifyOrigin, corsHeaders, preflightHeaders } from '../cors.ts';
import { sendEmpty, sendError } from '../http-responses.ts';
import type { HeaderMap } from '../http-responses.ts';
import { readLimitedBody } from '../request-body.ts';
import { validateVote } from '../validate.ts';

/** Largest vote body accepted, in bytes. A real vote is well under 1 KB. */
export const MAX_BODY_BYTES = 2048;

/**
 * True when an unread body could be large: declared over the limit or sent
 * chunked with no declared length. Such a connection is closed after the
 * answer instead of having its body drained for keep-alive.
 */
function hasLargeOrUnknownBody(req: IncomingMessage): boolean {
  const declared = req.headers['content-length'];
  if (declared !== undefined) return Number(declared) > MAX_BODY_BYTES;
  return req.headers['transfer-encoding'] !== undefined;
}

/**
 * Answers an error before (or instead of) reading the rest of the body.
 * When the body may be large, the connection is closed once the answer is
 * flushed so we never spend time receiving megabytes we will not use.
 */
function rejectUnread(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  headers: HeaderMap,
  forceClose = false,
): void {
  if (forceClose || hasLargeOrUnknownBody(req)) {
    res.once('finish', () => req.socket.destroy());
    sendError(res, status, message, { ...headers, Connection: 'close' });
    return;
  }
  sendError(res, status, message, headers);
}

/**
 * Handles every request to /api/feedback.
 * @param ctx shared server state
 */
export async function handleFeedback(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ReceiverContext,
): Promise<void> {
  const originHeader = req.headers.origin;
  const origin = classifyOrigin(originHeader, ctx.allowedOrigin);
  const cors = origin === 'allowed' ? corsHeaders(ctx.allowedOrigin) : {};

  if (req.method === 'OPTIONS') {
    if (origin !== 'allowed') {
      sendError(res, 403, 'origin not allowed');
      return;
    }
    sendEmpty(res, 204, preflightHeaders(ctx.allowedOrigin));
    return;
  }
  if (req.method !== 'POST') {
    rejectUnread(req, res, 405, 'method not allowed', { ...cors, Allow: 'POST, OPTIONS' });
    return;
  }
  if (origin === 'foreign') {
    rejectUnread(req, res, 403, 'origin not allowed', {});
    return;
  }

  const clientHash = ctx.hasher.hash(clientAddress(req, ctx.trustProxy));
  const decision = ctx.limiter.take(clientHash);
  if (!decision.allowed) {
    rejectUnread(req, res, 429, 'too many votes, try again later', {
      ...cors,
      'Retry-After': String(decision.retryAfterSeconds),
    });
    return;
  }

  if (!isJsonContentType(req.headers['content-type'])) {
    rejectUnread(req, res, 415, 'content type must be application/json', cors);
    return;
  }

  const body = await readLimitedBody(req, MAX_BODY_BYTES);
  if (body.kind === 'aborted') {
    // The client went away; there is nobody to answer.
    res.destroy();
    return;
  }
  if (body.kind === 'too-large') {
    rejectUnread(req, res, 413, `body larger than ${MAX_BODY_BYTES} bytes`, cors, true);
    return;
  }
  if (body.kind === 'not-utf8') {
    sendError(res, 400, 'body is not valid UTF-8', cors);
    return;
  }

  let data: unknown;
  try {
    data = JSON.parse(body.text);
  } catch {
    sendError(res, 400, 'body is not valid JSON', cors);
    return;
  }

  const result = validateVote(data, ctx.checkPage);
  if (!result.ok) {
    sendError(res, 400, result.error, cors);
    return;
  }

  ctx.store.insert({
    ...result.vote,
    createdAt: new Date(ctx.now()).toISOString(),
    clientHash,
  });
  // Answered only after the insert returned, so every 204 is a stored row.
  sendEmpty(res, 204, cors);
}
