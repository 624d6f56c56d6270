/**
 * Crash durability: the receiver runs as its own process, is SIGKILLed while
 * votes are in flight and restarted on the same database. Every vote that was
 * answered 204 before the kill must be there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnReceiver } from '../../feedback-receiver/bench/spawn-receiver.ts';
import type { SpawnedReceiver } from '../../feedback-receiver/bench/spawn-receiver.ts';
import { makeTempDir, queryDb } from './helpers.ts';

const CONCURRENCY = 24;
const KILL_AFTER_ACKS = 3_000;

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/**
 * Posts votes tagged with unique ids from several concurrent loops until the
 * server stops answering; returns the ids that were answered 204.
 */
async function driveVotes(url: string, onAck: (count: number) => void): Promise<{ acked: Set<string>; sent: number }> {
  const acked = new Set<string>();
  let sent = 0;
  let stopped = false;
  const loop = async (worker: number): Promise<void> => {
    for (let n = 0; !stopped; n++) {
      const id = `w${worker}-${n}`;
      sent++;
      try {
        const res = await fetch(`${url}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ page: `/ports/${(worker * 1000 + n) % 65536}/`, vote: (n % 3) + 1, comment: id }),
        });
        await res.arrayBuffer();
        if (res.status === 204) {
          acked.add(id);
          onAck(acked.size);
        } else {
          throw new Error(`unexpected status ${res.status}`);
        }
      } catch {
        // Connection refused or reset: the server is gone, stop this loop.
        stopped = true;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, worker) => loop(worker)));
  return { acked, sent };
}

describe('durability', () => {
  it('keeps every vote answered 204 across a SIGKILL mid-load', async () => {
    const dir = makeTempDir('feedback-durability-');
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dbPath = path.join(dir, 'feedback.sqlite');
    const env = { FEEDBACK_DB: dbPath, FEEDBACK_RATE_LIMIT: '0' };

    const first: SpawnedReceiver = await spawnReceiver(env);
    cleanup.push(() => first.stop('SIGKILL'));
    let killed = false;
    const { acked, sent } = await driveVotes(first.url, (count) => {
      if (count >= KILL_AFTER_ACKS && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    });
    await first.stop('SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    // The kill left the WAL un-checkpointed: recovery, not a clean close, is tested.
    expect(fs.statSync(`${dbPath}-wal`).size).toBeGreaterThan(0);

    const second = await spawnReceiver(env);
    cleanup.push(() => second.stop('SIGKILL'));
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);

    const stored = new Set(queryDb<{ comment: string }>(dbPath, 'SELECT comment FROM votes').map((row) => row.comment));
    const missing = [...acked].filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // Rows beyond the acknowledged ones can only be requests in flight at the kill.
    expect(stored.size).toBeLessThanOrEqual(acked.size + CONCURRENCY);
    expect(stored.size).toBeLessThanOrEqual(sent);
    expect(queryDb<{ integrity_check: string }>(dbPath, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    // The restarted receiver takes new votes on the recovered database.
    const res = await fetch(`${second.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: '/', vote: 3, comment: 'after-restart' }),
    });
    expect(res.status).toBe(204);
    await second.stop('SIGTERM');
    expect(second.child.exitCode).toBe(0);
    expect(queryDb<{ n: number }>(dbPath, "SELECT COUNT(*) AS n FROM votes WHERE comment = 'after-restart'")).toEqual([{ n: 1 }]);
  }, 60_000);
});
