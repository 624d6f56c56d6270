/**
 * CORS for the vote endpoint: the site's own origin, and nothing else, may
 * post from a browser.
 */
import type { HeaderMap } from './http-responses.ts';

/** Headers added to every answer sent to the allowed origin. */
export function corsHeaders(allowedOrigin: string): HeaderMap {
  return { 'Access-Control-Allow-Origin': allowedOrigin, Vary: 'Origin' };
}

/** Headers of a successful preflight answer. */
export function preflightHeaders(allowedOrigin: string): HeaderMap {
  return {
    ...corsHeaders(allowedOrigin),
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
    // Let browsers cache the preflight for a day instead of doubling every vote.
    'Access-Control-Max-Age': '86400',
  };
}

/**
 * Classifies the Origin header of a request.
 * - 'none': no Origin header (curl, server-to-server): allowed, no CORS headers.
 * - 'allowed': exactly the configured origin.
 * - 'foreign': any other value, including "null" (sandboxed frames, file://).
 */
export function classifyOrigin(origin: string | undefined, allowedOrigin: string): 'none' | 'allowed' | 'foreign' {
  if (origin === undefined) return 'none';
  return origin === allowedOrigin ? 'allowed' : 'foreign';
}
