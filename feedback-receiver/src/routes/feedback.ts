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
 * How long, and how much, of a refused body is read and thrown away after the
 * answer. Closing a socket with unread bytes makes the kernel send a reset,
 * and a client still sending usually loses the answer with it; reading for a
 * bounded time lets it see the 413 without letting it hold the connection.
 */
export const DRAIN = { ms: 2000, bytes: 16 * 1024 * 1024 };

/**
 * Sends the answer, closes our side of the connection (the client reads the
 * answer, then end of stream), and reads what the client still sends until it
 * hangs up, or DRAIN runs out, then drops the connection.
 */
function answerThenDrain(req: IncomingMessage, send: () => void): void {
  const socket = req.socket;
  let drained = 0;
  const drop = () => socket.destroy();
  const timer = setTimeout(drop, DRAIN.ms);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  // Node destroys a "Connection: close" socket once the answer is written;
  // only half-close it here, and drop it when the body is done.
  socket.destroySoon = () => void socket.end();
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN.bytes) drop();
  });
  // Once the body is in, the client closes its side after reading the answer; the timer stays for one that does not.
  req.once('error', drop);
  req.resume();
  send();
}

/**
 * Answers an error before (or instead of) reading the rest of the body.
 * When the body may be large, the connection is closed after the answer and
 * the rest of the body drained for a bounded time (see DRAIN), so we never
 * spend long receiving megabytes we will not use.
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
    answerThenDrain(req, () => sendError(res, status, message, { ...headers, Connection: 'close' }));
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
