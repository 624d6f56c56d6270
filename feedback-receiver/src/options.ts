/**
 * The options understood by startFeedbackServer. Kept in their own module so
 * the env loader, the server and the tests share one definition.
 */

/** Everything the receiver needs to run; only dbPath is mandatory. */
export interface FeedbackServerOptions {
  /** Path of the SQLite file; its folder is created when missing. */
  dbPath: string;
  /** TCP port; 0 lets the OS choose (tests). Default 8787. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 so nothing is exposed by accident. */
  host?: string;
  /** The one origin (scheme://host[:port]) whose browsers may post votes. */
  allowedOrigin?: string;
  /** Bearer token for the summary endpoint; unset means no access at all. */
  adminToken?: string;
  /** Folder of the built site; when set, any page that exists there is accepted. */
  siteDir?: string;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy?: boolean;
  /** Requests a client may make per minute; 0 or Infinity switches the limit off. */
  rateLimitPerMinute?: number;
  /** Longest time a client may take to send a whole request. Default 10 s. */
  requestTimeoutMs?: number;
  /** Clock in milliseconds; injectable so tests can cross a UTC midnight. */
  now?: () => number;
  /** Called with unexpected errors; defaults to console.error. */
  logError?: (message: string, error: unknown) => void;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_ALLOWED_ORIGIN = 'http://localhost:4321';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;
