/**
 * startFeedbackServer: wires the store, validators and routes into a
 * node:http server and returns its URL and a close function.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createClientHasher } from './client-hash.ts';
import { normaliseOrigin } from './config.ts';
import type { ReceiverContext } from './context.ts';
import { sendError } from './http-responses.ts';
import {
  DEFAULT_ALLOWED_ORIGIN,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
} from './options.ts';
import type { FeedbackServerOptions } from './options.ts';
import { createPageValidator } from './pages.ts';
import { createRateLimiter } from './rate-limit.ts';
import { handleFeedback } from './routes/feedback.ts';
import { handleHealth } from './routes/health.ts';
import { handleSummary } from './routes/summary.ts';
import { openVoteStore } from './store.ts';

/** A running receiver. */
export interface RunningFeedbackServer {
  /** Base URL, e.g. http://127.0.0.1:8787 */
  url: string;
  /** Stops accepting connections, ends open ones and closes the database. */
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, ctx: ReceiverContext) => void | Promise<void>;

const ROUTES = new Map<string, Handler>([
  ['/api/feedback', handleFeedback],
  ['/api/feedback/summary', handleSummary],
  ['/healthz', handleHealth],
]);

/**
 * Timeouts that keep slow or stalled clients (slowloris) from holding sockets
 * open. A vote is a few hundred bytes, so even slow mobile links finish in
 * well under the default 10 s request timeout.
 */
function serverSettings(requestTimeoutMs: number): http.ServerOptions {
  return {
    headersTimeout: Math.min(5_000, requestTimeoutMs),
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: 5_000,
    // How often the two timeouts above are enforced (Node's default is 30 s).
    connectionsCheckingInterval: 1_000,
    maxHeaderSize: 8 * 1024,
  };
}
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const SOCKET_IDLE_TIMEOUT_MS = 15_000;
/** How long close() waits for in-flight requests before cutting connections. */
const CLOSE_GRACE_MS = 3_000;

function pathnameOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
  } catch {
    return null;
  }
}

/**
 * Starts the feedback receiver.
 * @param options see FeedbackServerOptions; dbPath is required
 * @returns the server's URL and an async close()
 * @throws when the database cannot be opened/migrated or the port is taken
 */
export async function startFeedbackServer(options: FeedbackServerOptions): Promise<RunningFeedbackServer> {
  const now = options.now ?? Date.now;
  const logError = options.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const store = openVoteStore(options.dbPath);

  const ctx: ReceiverContext = {
    store,
    checkPage: createPageValidator(options.siteDir),
    limiter: createRateLimiter({
      limit: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      windowMs: 60_000,
      now,
    }),
    hasher: createClientHasher(now),
    allowedOrigin: normaliseOrigin(options.allowedOrigin ?? DEFAULT_ALLOWED_ORIGIN),
    adminToken: options.adminToken || undefined,
    trustProxy: options.trustProxy ?? false,
    now,
  };

  const server = http.createServer(serverSettings(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS), (req, res) => {
    const pathname = pathnameOf(req);
    const handler = pathname === null ? undefined : ROUTES.get(pathname);
    if (handler === undefined) {
      sendError(res, 404, 'not found');
      return;
    }
    // One failing request must never take the process down: answer 500 and go on.
    Promise.resolve()
      .then(() => handler(req, res, ctx))
      .catch((error: unknown) => {
        logError(`feedback-receiver: ${req.method} ${pathname} failed`, error);
        if (!res.headersSent) sendError(res, 500, 'internal error', { Connection: 'close' });
        else res.destroy();
      });
  });
  server.setTimeout(SOCKET_IDLE_TIMEOUT_MS);

  // Keep the limiter's memory bounded even when nobody sends requests.
  const sweepTimer = setInterval(() => ctx.limiter.sweep(), 60_000);
  sweepTimer.unref();

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULT_PORT, options.host ?? DEFAULT_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    clearInterval(sweepTimer);
    store.close();
    throw error;
  }

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${host}:${address.port}`,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(sweepTimer);
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          // Closing the last connection checkpoints the WAL into the main file.
          store.close();
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
