/**
 * A 2-second version of the load benchmark (feedback-receiver/bench/load.ts):
 * under concurrent load nothing fails and every 204 is exactly one row.
 */
import { describe, expect, it } from 'vitest';
import { runLoad } from '../../feedback-receiver/bench/load.ts';

describe('load', () => {
  it('answers every vote 204 and stores exactly one row per 204', async () => {
    const result = await runLoad({ durationSeconds: 2, connections: 20 });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.votesAccepted).toBeGreaterThan(100);
    expect(result.rows).toBe(result.votesAccepted);
    expect(result.ok).toBe(true);
  }, 30_000);
});
