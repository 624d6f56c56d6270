/**
 * The command-line entry point: configuration errors stop it with a clear
 * message, and SIGTERM shuts it down cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnReceiver } from '../../feedback-receiver/bench/spawn-receiver.ts';
import { makeTempDir } from './helpers.ts';

describe('main.ts', () => {
  it('refuses to start with an invalid configuration', async () => {
    await expect(spawnReceiver({ FEEDBACK_PORT: 'eighty' })).rejects.toThrow(/FEEDBACK_PORT must be/);
    await expect(spawnReceiver({ FEEDBACK_ALLOWED_ORIGIN: 'ftp://x' })).rejects.toThrow(/FEEDBACK_ALLOWED_ORIGIN must be an http or https origin/);
  });

  it('serves with the env configuration and exits 0 on SIGTERM, checkpointing the WAL', async () => {
    const dir = makeTempDir();
    try {
      const dbPath = path.join(dir, 'data', 'votes.sqlite');
      const receiver = await spawnReceiver({ FEEDBACK_DB: dbPath, FEEDBACK_ADMIN_TOKEN: 'cli-token', FEEDBACK_ALLOWED_ORIGIN: 'https://ports.example.org/' });
      expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const vote = await fetch(`${receiver.url}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://ports.example.org' },
        body: JSON.stringify({ page: '/ports/22/', vote: 3 }),
      });
      expect(vote.status).toBe(204);
      const summary = await fetch(`${receiver.url}/api/feedback/summary`, { headers: { authorization: 'Bearer cli-token' } });
      expect(((await summary.json()) as { totalVotes: number }).totalVotes).toBe(1);

      await receiver.stop('SIGTERM');
      expect(receiver.child.exitCode).toBe(0);
      expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
