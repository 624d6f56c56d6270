/**
 * Shared helpers for the feedback-receiver tests: a real server on
 * 127.0.0.1:0 with a throw-away database, and a second SQLite connection to
 * count what was really written.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startFeedbackServer } from '../../feedback-receiver/src/server.ts';
import type { FeedbackServerOptions } from '../../feedback-receiver/src/options.ts';

export const TEST_TOKEN = 'test-admin-token-0123456789';
export const SITE_ORIGIN = 'http://localhost:4321';

export interface TestServer {
  url: string;
  dbPath: string;
  dir: string;
  /** Errors the server reported through logError. */
  loggedErrors: unknown[];
  /** Rows in the votes table, read through a separate connection. */
  rows(): number;
  /** All rows, for content checks. */
  allRows(): Record<string, unknown>[];
  close(): Promise<void>;
}

/** Makes a fresh temporary folder that the caller removes. */
export function makeTempDir(prefix = 'feedback-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Reads from the database file with its own connection, like an outside observer. */
export function queryDb<T>(dbPath: string, sql: string): T[] {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/**
 * Starts a receiver on 127.0.0.1:0 with a temp database and the test token.
 * @param overrides any FeedbackServerOptions to change
 */
export async function startTestServer(overrides: Partial<FeedbackServerOptions> = {}): Promise<TestServer> {
  const dir = makeTempDir();
  const dbPath = path.join(dir, 'data', 'feedback.sqlite');
  const loggedErrors: unknown[] = [];
  const server = await startFeedbackServer({
    dbPath,
    port: 0,
    host: '127.0.0.1',
    adminToken: TEST_TOKEN,
    allowedOrigin: SITE_ORIGIN,
    logError: (_message, error) => loggedErrors.push(error),
    ...overrides,
  });
  return {
    url: server.url,
    dbPath,
    dir,
    loggedErrors,
    rows: () => queryDb<{ n: number }>(dbPath, 'SELECT COUNT(*) AS n FROM votes')[0].n,
    allRows: () => queryDb<Record<string, unknown>>(dbPath, 'SELECT * FROM votes ORDER BY id'),
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POSTs a JSON vote with fetch; body objects are serialised, strings sent as-is. */
export function postVote(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string | number>;
  /** Buffer/string sent as one piece, or an array of chunks sent chunked. */
  body?: string | Buffer | Buffer[];
}

/**
 * Sends one request with node:http, which (unlike fetch) allows any method,
 * header and body combination, and resolves with the status and body.
 * A reset after a complete answer is fine; a reset before one rejects.
 */
export function rawRequest(url: string, request: RawRequest, agent?: http.Agent): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...request.headers };
    // Frame single-piece bodies explicitly: Node sends e.g. DELETE bodies unframed otherwise.
    if (request.body !== undefined && !Array.isArray(request.body)) headers['content-length'] = Buffer.byteLength(request.body);
    const req = http.request(`${url}${request.path}`, { method: request.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    // The server may close early (413); once the answer arrived, write errors do not matter.
    req.on('error', reject);
    const { body } = request;
    if (Array.isArray(body)) {
      writeChunks(req, body);
    } else {
      req.end(body);
    }
  });
}

/** Writes chunks one by one (Transfer-Encoding: chunked), stopping if the server hung up. */
function writeChunks(req: http.ClientRequest, chunks: Buffer[]): void {
  let index = 0;
  const next = (): void => {
    while (index < chunks.length) {
      if (req.destroyed) return;
      const ok = req.write(chunks[index++]);
      if (!ok) {
        req.once('drain', next);
        return;
      }
    }
    req.end();
  };
  next();
}
