/**
 * Hostile input: more than 10,000 generated bad requests against a real
 * receiver. Each must get its expected 4xx answer, the server must stay
 * healthy and not a single row may be written.
 */
import net from 'node:net';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALFORMED_HTTP, generateHostileCases } from './hostile-cases.ts';
import type { HostileCase } from './hostile-cases.ts';
import { rawRequest, startTestServer } from './helpers.ts';
import type { TestServer } from './helpers.ts';

const CASE_COUNT = 10_500;
const CONCURRENCY = 16;

let server: TestServer;
beforeAll(async () => {
  // The rate limit is raised so that 429s cannot hide validation answers.
  server = await startTestServer({ rateLimitPerMinute: 1_000_000 });
});
afterAll(async () => {
  await server.close();
});

/** Sends raw bytes on a fresh socket and returns the status line's code. */
function sendMalformed(url: string, raw: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(raw));
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match) resolve(Number(match[1]));
      else reject(new Error(`no status line for ${JSON.stringify(raw.slice(0, 60))}: ${JSON.stringify(received)}`));
    });
    socket.setTimeout(5_000, () => socket.destroy());
  });
}

describe('hostile input', () => {
  it(`answers ${CASE_COUNT} generated bad requests with the expected 4xx and writes nothing`, async () => {
    const cases = generateHostileCases(CASE_COUNT, 20_260_101);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const mismatches: string[] = [];
    const byKind = new Map<string, number>();
    let next = 0;

    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const index = next++;
        const testCase: HostileCase = cases[index];
        byKind.set(testCase.kind, (byKind.get(testCase.kind) ?? 0) + 1);
        try {
          const res = await rawRequest(server.url, testCase.request, agent);
          if (res.status !== testCase.expected) {
            mismatches.push(`#${index} ${testCase.kind}: expected ${testCase.expected}, got ${res.status} ${res.body}`);
          } else if (testCase.request.method !== 'HEAD' && testCase.expected !== 204) {
            // Every rejection carries a short JSON error.
            const parsed = JSON.parse(res.body) as { error?: unknown };
            if (typeof parsed.error !== 'string') mismatches.push(`#${index} ${testCase.kind}: no JSON error`);
          }
        } catch (error) {
          mismatches.push(`#${index} ${testCase.kind}: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();

    if (mismatches.length > 0) console.error(mismatches.length, mismatches.slice(0, 60).join('\n'));
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(cases.every((c) => c.expected >= 400 && c.expected < 500)).toBe(true);
    // Every kind of hostility was exercised.
    expect(byKind.size).toBeGreaterThanOrEqual(13);

    expect(server.rows()).toBe(0);
    expect(server.loggedErrors).toEqual([]);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('lets the HTTP parser refuse malformed requests with 4xx', async () => {
    for (const raw of MALFORMED_HTTP) {
      const status = await sendMalformed(server.url, raw);
      expect(status, JSON.stringify(raw.slice(0, 60))).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
    expect(server.rows()).toBe(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('still accepts a valid vote afterwards', async () => {
    const res = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: '/ports/22/', vote: 3 }),
    });
    expect(res.status).toBe(204);
    expect(server.rows()).toBe(1);
  });
});
