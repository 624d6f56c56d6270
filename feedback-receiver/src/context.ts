/**
 * What the route handlers share, built once per server by startFeedbackServer.
 */
import type { ClientHasher } from './client-hash.ts';
import type { PageValidator } from './pages.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { VoteStore } from './store.ts';

export interface ReceiverContext {
  store: VoteStore;
  checkPage: PageValidator;
  limiter: RateLimiter;
  hasher: ClientHasher;
  allowedOrigin: string;
  adminToken: string | undefined;
  trustProxy: boolean;
  now: () => number;
}
