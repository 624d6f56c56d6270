/**
 * Turns environment variables into FeedbackServerOptions. Invalid values fail
 * loudly at start-up instead of silently falling back to a default, because a
 * typo in FEEDBACK_PORT or FEEDBACK_ALLOWED_ORIGIN would otherwise look like a
 * working server that rejects every vote.
 */
import path from 'node:path';
import {
  DEFAULT_ALLOWED_ORIGIN,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
} from './options.ts';
import type { FeedbackServerOptions } from './options.ts';

/** Default database location, resolved from this file so the cwd does not matter. */
export const DEFAULT_DB_PATH = path.resolve(import.meta.dirname, '..', 'data', 'feedback.sqlite');

/**
 * Normalises an origin such as "https://example.org/" to "https://example.org",
 * the exact form browsers send in the Origin header.
 * @throws when the value is not an http(s) origin.
 */
export function normaliseOrigin(value: string, name = 'FEEDBACK_ALLOWED_ORIGIN'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be one origin, a scheme and host such as https://ports.example.org (no wildcard, no list); got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http or https origin; got "${value}"`);
  }
  return url.origin;
}

function parseIntegerEnv(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  const value = Number(raw.trim());
  if (value > max) throw new Error(`${name} must be at most ${max}, got ${value}`);
  return value;
}

/**
 * Reads the receiver's configuration from environment variables
 * (FEEDBACK_PORT, FEEDBACK_HOST, FEEDBACK_DB, FEEDBACK_ALLOWED_ORIGIN,
 * FEEDBACK_ADMIN_TOKEN, FEEDBACK_SITE_DIR, FEEDBACK_TRUST_PROXY,
 * FEEDBACK_RATE_LIMIT).
 * @param env usually process.env
 * @throws on malformed values
 */
export function loadConfigFromEnv(env: NodeJS.ProcessEnv): FeedbackServerOptions {
  const adminToken = env.FEEDBACK_ADMIN_TOKEN;
  const siteDir = env.FEEDBACK_SITE_DIR;
  return {
    port: parseIntegerEnv('FEEDBACK_PORT', env.FEEDBACK_PORT, DEFAULT_PORT, 65535),
    host: env.FEEDBACK_HOST?.trim() || DEFAULT_HOST,
    dbPath: path.resolve(env.FEEDBACK_DB?.trim() || DEFAULT_DB_PATH),
    allowedOrigin: normaliseOrigin(env.FEEDBACK_ALLOWED_ORIGIN?.trim() || DEFAULT_ALLOWED_ORIGIN),
    // An empty token would make "Bearer " match, so treat it as unset.
    adminToken: adminToken && adminToken.length > 0 ? adminToken : undefined,
    siteDir: siteDir && siteDir.trim() !== '' ? path.resolve(siteDir.trim()) : undefined,
    trustProxy: env.FEEDBACK_TRUST_PROXY === '1',
    rateLimitPerMinute: parseIntegerEnv(
      'FEEDBACK_RATE_LIMIT',
      env.FEEDBACK_RATE_LIMIT,
      DEFAULT_RATE_LIMIT_PER_MINUTE,
      Number.MAX_SAFE_INTEGER,
    ),
  };
}
