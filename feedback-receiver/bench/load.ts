/**
 * Load benchmark: `node feedback-receiver/bench/load.ts [--duration s] [--connections n]`.
 * Spawns a fresh receiver on a temporary database, drives valid votes at it
 * with autocannon, then checks that nothing failed and that the database holds
 * exactly one row per 204 answer.
 *
 * Why a drain phase: autocannon ends a timed run by destroying its sockets,
 * so requests in flight at that instant may be stored by the server while the
 * client never counts their 204. For an exact rows == 204s comparison, votes
 * are only sent during the measured duration; for a short drain period after
 * it, connections send GET /healthz instead, so by the time autocannon cuts
 * them no vote is outstanding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { AutocannonRequest } from 'autocannon';
import { spawnReceiver } from './spawn-receiver.ts';

const ORIGIN = 'http://localhost:4321';
const DRAIN_SECONDS = 1;

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

export interface LoadResult {
  durationSeconds: number;
  connections: number;
  votesAccepted: number;
  votesPerSecond: number;
  latencyAverageMs: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rows: number;
  /** True when errors, timeouts and non-2xx are zero and rows equals the 204 count. */
  ok: boolean;
}

const PAGES = ['/', '/ports/', '/search/', '/software/', '/ports/22/', '/ports/80/', '/ports/443/', '/ports/65535/'];
const REASONS = ['wrong-facts', 'missing-info', 'commands-failed', 'hard-to-understand', 'other'];

/** The n-th benchmark vote: a deterministic mix of pages, votes, reasons and comments. */
function voteBody(n: number): string {
  const vote = (n % 3) + 1;
  const body: Record<string, unknown> = { page: PAGES[n % PAGES.length], vote };
  if (vote < 3 && n % 2 === 0) body.reason = REASONS[n % REASONS.length];
  if (n % 5 === 0) body.comment = `load test comment ${n}`;
  return JSON.stringify(body);
}

/**
 * Runs one benchmark against a freshly spawned receiver and temp database.
 * @returns the figures and whether the consistency checks passed
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-load-'));
  const dbPath = path.join(dir, 'feedback.sqlite');
  const receiver = await spawnReceiver({ FEEDBACK_DB: dbPath, FEEDBACK_RATE_LIMIT: '0' });
  try {
    let counter = 0;
    let deadline = Number.POSITIVE_INFINITY;
    const request: AutocannonRequest = {
      method: 'POST',
      path: '/api/feedback',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: voteBody(0),
      setupRequest: (req) => {
        if (Date.now() >= deadline) return { method: 'GET', path: '/healthz', headers: {} };
        return { ...req, method: 'POST', path: '/api/feedback', body: voteBody(counter++) };
      },
    };
    const run = autocannon({
      url: receiver.url,
      connections: options.connections,
      duration: options.durationSeconds + DRAIN_SECONDS,
      timeout: 10,
      requests: [request],
    });
    deadline = Date.now() + options.durationSeconds * 1000;
    const result = await run;

    await receiver.stop('SIGTERM');
    const db = new DatabaseSync(dbPath, { readOnly: true });
    const rows = (db.prepare('SELECT COUNT(*) AS n FROM votes').get() as { n: number }).n;
    db.close();

    const accepted = result.statusCodeStats['204']?.count ?? 0;
    return {
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      votesAccepted: accepted,
      votesPerSecond: Math.round(accepted / options.durationSeconds),
      latencyAverageMs: result.latency.average,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rows,
      ok: result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && rows === accepted && accepted > 0,
    };
  } finally {
    await receiver.stop('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the result as a short aligned block. */
function printResult(result: LoadResult): void {
  const lines: [string, string | number][] = [
    ['duration (s)', result.durationSeconds],
    ['connections', result.connections],
    ['votes answered 204', result.votesAccepted],
    ['votes per second', result.votesPerSecond],
    ['latency avg (ms)', result.latencyAverageMs],
    ['latency p99 (ms)', result.latencyP99Ms],
    ['latency max (ms)', result.latencyMaxMs],
    ['errors / timeouts', `${result.errors} / ${result.timeouts}`],
    ['non-2xx answers', result.non2xx],
    ['rows in database', result.rows],
    ['rows == 204s, no errors', result.ok ? 'yes' : 'NO'],
  ];
  for (const [label, value] of lines) console.log(`${label.padEnd(26)}${value}`);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '50' },
    },
  });
  const result = await runLoad({ durationSeconds: Number(values.duration), connections: Number(values.connections) });
  printResult(result);
  if (!result.ok) process.exitCode = 1;
}
