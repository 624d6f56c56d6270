/**
 * Sliding-window rate limiter keyed by the salted client hash. A sliding log
 * (the last `limit` timestamps per key) is exact, needs no tuning and stays
 * small because a key never holds more than `limit` entries.
 */

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Records one request for key and says whether it is within the limit. */
  take(key: string): RateDecision;
  /** Forgets keys with no request inside the window (called periodically). */
  sweep(): void;
  /** Number of keys currently tracked (for tests and diagnostics). */
  size(): number;
}

export interface RateLimiterOptions {
  /** Requests allowed per window; 0 or Infinity disables limiting. */
  limit: number;
  windowMs: number;
  now: () => number;
  /** Tracked keys above which take() sweeps inline, bounding memory. */
  maxKeys?: number;
}

/**
 * Creates an in-memory limiter. State is per process, which is fine for a
 * single small receiver; it resets on restart.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs, now } = options;
  const maxKeys = options.maxKeys ?? 100_000;
  const hits = new Map<string, number[]>();
  const unlimited = limit === 0 || limit === Number.POSITIVE_INFINITY;

  function sweep(): void {
    const cutoff = now() - windowMs;
    for (const [key, times] of hits) {
      if (times[times.length - 1] <= cutoff) hits.delete(key);
    }
  }

  return {
    take(key: string): RateDecision {
      if (unlimited) return { allowed: true };
      const current = now();
      const cutoff = current - windowMs;
      let times = hits.get(key);
      if (times === undefined) {
        if (hits.size >= maxKeys) sweep();
        times = [];
        hits.set(key, times);
      }
      while (times.length > 0 && times[0] <= cutoff) times.shift();
      if (times.length >= limit) {
        // The oldest request in the window is the next one to leave it.
        const waitMs = times[0] + windowMs - current;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }
      times.push(current);
      return { allowed: true };
    },
    sweep,
    size: () => hits.size,
  };
}
