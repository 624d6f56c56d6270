/**
 * Small helpers that write responses. Every answer carries no-store and
 * nosniff: votes and summaries must never be cached by a proxy or browser.
 */
import type { ServerResponse } from 'node:http';

export type HeaderMap = Record<string, string>;

const BASE_HEADERS: HeaderMap = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** Sends a JSON body with the given status. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: HeaderMap = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Sends `{ "error": message }`, the shape of every rejection. */
export function sendError(res: ServerResponse, status: number, message: string, headers: HeaderMap = {}): void {
  sendJson(res, status, { error: message }, headers);
}

/** Sends a response without a body (204 answers). */
export function sendEmpty(res: ServerResponse, status: number, headers: HeaderMap = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end();
}
