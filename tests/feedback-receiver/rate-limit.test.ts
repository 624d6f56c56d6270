/**
 * Unit tests of the sliding-window limiter and the daily salted client hash.
 */
import { describe, expect, it } from 'vitest';
import { createClientHasher, utcDayNumber } from '../../feedback-receiver/src/client-hash.ts';
import { createRateLimiter } from '../../feedback-receiver/src/rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows the limit within a sliding minute and says when to retry', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 30, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 30; i++) {
      expect(limiter.take('a')).toEqual({ allowed: true });
      now += 1_000;
    }
    // First hit was at 1_000_000, now is 1_030_000: it leaves the window in 30 s.
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.take('b')).toEqual({ allowed: true });
    now += 30_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('does not count refused requests as new hits', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    limiter.take('a');
    limiter.take('a');
    for (let i = 0; i < 100; i++) expect(limiter.take('a').allowed).toBe(false);
    now = 60_001;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets idle keys on sweep and bounds the number of keys', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 5, windowMs: 1_000, now: () => now, maxKeys: 10 });
    for (let i = 0; i < 10; i++) limiter.take(`k${i}`);
    expect(limiter.size()).toBe(10);
    now = 2_000;
    limiter.take('fresh');
    expect(limiter.size()).toBe(1);
    now = 4_000;
    limiter.sweep();
    expect(limiter.size()).toBe(0);
  });

  it('is switched off by 0 or Infinity', () => {
    for (const limit of [0, Number.POSITIVE_INFINITY]) {
      const limiter = createRateLimiter({ limit, windowMs: 60_000, now: () => 0 });
      for (let i = 0; i < 1000; i++) expect(limiter.take('a').allowed).toBe(true);
      expect(limiter.size()).toBe(0);
    }
  });
});

describe('createClientHasher', () => {
  it('gives a stable hash within a UTC day and a new one after midnight', () => {
    let now = Date.UTC(2026, 5, 1, 23, 59, 59);
    let salts = 0;
    const hasher = createClientHasher(
      () => now,
      () => Buffer.from(`salt-${salts++}`),
    );
    const first = hasher.hash('192.0.2.1');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(hasher.hash('192.0.2.1')).toBe(first);
    expect(hasher.hash('192.0.2.2')).not.toBe(first);
    expect(salts).toBe(1);

    now = Date.UTC(2026, 5, 2, 0, 0, 0);
    const nextDay = hasher.hash('192.0.2.1');
    expect(nextDay).not.toBe(first);
    expect(salts).toBe(2);
    expect(hasher.hash('192.0.2.1')).toBe(nextDay);
  });

  it('uses a random salt, so two processes never agree on a hash', () => {
    const a = createClientHasher();
    const b = createClientHasher();
    expect(a.hash('192.0.2.1')).not.toBe(b.hash('192.0.2.1'));
  });

  it('numbers UTC days', () => {
    expect(utcDayNumber(0)).toBe(0);
    expect(utcDayNumber(Date.UTC(1970, 0, 2) - 1)).toBe(0);
    expect(utcDayNumber(Date.UTC(1970, 0, 2))).toBe(1);
  });
});
