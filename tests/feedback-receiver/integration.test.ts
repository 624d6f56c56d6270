/**
 * Integration tests against a real receiver on 127.0.0.1:0 with a real
 * SQLite database in a temp folder.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SITE_ORIGIN, TEST_TOKEN, makeTempDir, postVote, rawRequest, startTestServer } from './helpers.ts';
import type { TestServer } from './helpers.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const VALID_VOTES = [
  { page: '/', vote: 3 },
  { page: '/ports/', vote: 2, reason: 'missing-info' },
  { page: '/search/', vote: 1, reason: 'hard-to-understand', comment: 'The search box ignores "ssh".' },
  { page: '/software/', vote: 3, comment: 'great' },
  { page: '/ports/0/', vote: 1, reason: 'wrong-facts' },
  { page: '/ports/22/', vote: 2, reason: 'commands-failed', comment: 'line one\r\nline two' },
  { page: '/ports/443', vote: 3 },
  { page: '/ports/65535/', vote: 1, reason: 'other', comment: null },
  { page: '/ports/8080/', vote: 3, reason: null },
  { page: '/ports/53/', vote: 2, comment: 'émoji 😀 and ümlauts' },
];

describe('storing votes', () => {
  it('stores every valid vote exactly once, in canonical form, without client identifiers', async () => {
    server = await startTestServer();
    for (const vote of VALID_VOTES) {
      const res = await postVote(server.url, vote, { origin: SITE_ORIGIN });
      expect(res.status, JSON.stringify(vote)).toBe(204);
      expect(await res.text()).toBe('');
    }
    expect(server.rows()).toBe(VALID_VOTES.length);

    const rows = server.allRows();
    expect(rows.map((row) => row.page)).toEqual(VALID_VOTES.map((v) => (v.page.endsWith('/') ? v.page : `${v.page}/`)));
    expect(rows.map((row) => row.vote)).toEqual(VALID_VOTES.map((v) => v.vote));
    expect(rows[5].comment).toBe('line one\nline two');
    expect(rows[7].comment).toBeNull();
    expect(rows[0].reason).toBeNull();
    for (const row of rows) {
      expect(row.client_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(new Date(String(row.created_at)).toISOString()).toBe(row.created_at);
      // Nothing that identifies the client is stored in any column.
      expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|node|undici|Mozilla/i);
    }
    expect(Object.keys(rows[0]).sort()).toEqual(['client_hash', 'comment', 'created_at', 'id', 'page', 'reason', 'vote']);
  });

  it('keeps every row when the same client votes twice on a page', async () => {
    server = await startTestServer();
    expect((await postVote(server.url, { page: '/ports/22/', vote: 1 })).status).toBe(204);
    expect((await postVote(server.url, { page: '/ports/22/', vote: 3 })).status).toBe(204);
    const rows = server.allRows();
    expect(rows.map((row) => row.vote)).toEqual([1, 3]);
    expect(rows[0].client_hash).toBe(rows[1].client_hash);
  });

  it('answers rejected votes with a JSON error and writes nothing', async () => {
    server = await startTestServer();
    const cases: [unknown, number][] = [
      ['{"page":"/","vote":', 400],
      [{ page: '/', vote: 4 }, 400],
      [{ page: '/ports/65536/', vote: 1 }, 400],
      [{ page: '/', vote: 1, extra: true }, 400],
      [{ page: '/', vote: 1, comment: 'x'.repeat(501) }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await postVote(server.url, body);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const json = (await res.json()) as { error: unknown };
      expect(typeof json.error).toBe('string');
    }
    expect(server.rows()).toBe(0);
  });
});

describe('HTTP surface', () => {
  it('answers 404, 405, 415 and 413 as specified', async () => {
    server = await startTestServer();
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/feedback/`)).status).toBe(404);

    const get = await fetch(`${server.url}/api/feedback`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');

    const text = await fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"page":"/","vote":1}' });
    expect(text.status).toBe(415);

    const charset = await postVote(server.url, { page: '/', vote: 1 }, { 'content-type': 'application/json; charset=UTF-8' });
    expect(charset.status).toBe(204);

    // One leading byte order mark is ignored, as RFC 8259 allows.
    const bom = await postVote(server.url, `\ufeff${JSON.stringify({ page: '/', vote: 1 })}`);
    expect(bom.status).toBe(204);

    const big = await postVote(server.url, JSON.stringify({ page: '/', vote: 1, comment: 'x'.repeat(3000) }));
    expect(big.status).toBe(413);

    // A chunked body with no Content-Length is cut off while streaming.
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(16 * 1024, 0x20));
    const chunked = await rawRequest(server.url, { method: 'POST', path: '/api/feedback', headers: { 'content-type': 'application/json' }, body: chunks });
    expect(chunked.status).toBe(413);

    expect(server.rows()).toBe(2);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('reports health after a database query', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect((await fetch(`${server.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 500 when a handler fails and keeps serving', async () => {
    server = await startTestServer();
    // Sabotage the schema from outside so the prepared insert can no longer run.
    const saboteur = new DatabaseSync(server.dbPath);
    saboteur.exec('DROP TABLE votes');
    saboteur.close();

    const res = await postVote(server.url, { page: '/', vote: 3 });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
    expect(server.loggedErrors).toHaveLength(1);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('timeouts', () => {
  /** Sends a partial request, then stalls; resolves with what came back and when. */
  function stall(url: string, partial: string): Promise<{ received: string; ms: number }> {
    const { hostname, port } = new URL(url);
    const started = Date.now();
    return new Promise((resolve) => {
      const socket = net.connect(Number(port), hostname, () => socket.write(partial));
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('error', () => {});
      socket.on('close', () => resolve({ received, ms: Date.now() - started }));
    });
  }

  it('cuts off clients that stall in the headers or the body', async () => {
    server = await startTestServer({ requestTimeoutMs: 300 });
    const [body, headers] = await Promise.all([
      stall(server.url, 'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"page"'),
      stall(server.url, 'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Ty'),
    ]);
    for (const result of [body, headers]) {
      expect(result.received).toMatch(/^HTTP\/1\.1 408/);
      expect(result.ms).toBeLessThan(3_000);
    }
    expect(server.rows()).toBe(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('admin summary', () => {
  it('requires the bearer token', async () => {
    server = await startTestServer();
    await postVote(server.url, { page: '/ports/22/', vote: 1, reason: 'wrong-facts', comment: 'port 22 is ssh' });
    await postVote(server.url, { page: '/ports/22/', vote: 3 });
    await postVote(server.url, { page: '/', vote: 2 });

    const summaryUrl = `${server.url}/api/feedback/summary`;
    expect((await fetch(summaryUrl)).status).toBe(401);
    expect((await fetch(summaryUrl, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(summaryUrl, { headers: { authorization: `Basic ${TEST_TOKEN}` } })).status).toBe(401);
    expect((await fetch(summaryUrl, { headers: { authorization: `Bearer ${TEST_TOKEN}x` } })).status).toBe(401);
    const denied = await fetch(summaryUrl);
    expect(denied.headers.get('www-authenticate')).toBe('Bearer');

    const res = await fetch(summaryUrl, { headers: { authorization: `Bearer ${TEST_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const summary = (await res.json()) as Record<string, unknown>;
    expect(summary.totalVotes).toBe(3);
    expect(summary.pages).toEqual([
      { page: '/ports/22/', votes: { '1': 1, '2': 0, '3': 1 }, total: 2 },
      { page: '/', votes: { '1': 0, '2': 1, '3': 0 }, total: 1 },
    ]);
    expect(summary.reasons).toEqual([{ reason: 'wrong-facts', count: 1 }]);
    expect(summary.recent).toMatchObject([{ page: '/ports/22/', vote: 1, reason: 'wrong-facts', comment: 'port 22 is ssh' }]);
  });

  it('denies everyone when no admin token is configured', async () => {
    server = await startTestServer({ adminToken: undefined });
    const summaryUrl = `${server.url}/api/feedback/summary`;
    expect((await fetch(summaryUrl)).status).toBe(401);
    expect((await fetch(summaryUrl, { headers: { authorization: 'Bearer ' } })).status).toBe(401);
    expect((await fetch(summaryUrl, { headers: { authorization: 'Bearer undefined' } })).status).toBe(401);
  });
});

describe('CORS', () => {
  it('answers the preflight for the site origin only', async () => {
    server = await startTestServer();
    const preflight = (origin?: string) =>
      fetch(`${server!.url}/api/feedback`, {
        method: 'OPTIONS',
        headers: {
          ...(origin ? { origin } : {}),
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });

    const ok = await preflight(SITE_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(ok.headers.get('vary')).toBe('Origin');

    for (const origin of ['https://evil.example', 'http://localhost:4322', 'null', `${SITE_ORIGIN}.evil.example`, undefined]) {
      const res = await preflight(origin);
      expect(res.status, String(origin)).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('rejects posts from a foreign origin and labels answers for the site origin', async () => {
    server = await startTestServer();
    const foreign = await postVote(server.url, { page: '/', vote: 3 }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const own = await postVote(server.url, { page: '/', vote: 3 }, { origin: SITE_ORIGIN });
    expect(own.status).toBe(204);
    expect(own.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);

    const none = await postVote(server.url, { page: '/', vote: 3 });
    expect(none.status).toBe(204);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();

    expect(server.rows()).toBe(2);
  });
});

describe('rate limit', () => {
  it('accepts 30 votes a minute per client, then answers 429 with Retry-After', async () => {
    let clock = Date.UTC(2026, 0, 1, 12, 0, 0);
    server = await startTestServer({ now: () => clock });
    for (let i = 0; i < 30; i++) {
      expect((await postVote(server.url, { page: `/ports/${i}/`, vote: 3 })).status).toBe(204);
    }
    const limited = await postVote(server.url, { page: '/', vote: 3 });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(60);
    expect(server.rows()).toBe(30);

    clock += 30_000;
    const stillLimited = await postVote(server.url, { page: '/', vote: 3 });
    expect(stillLimited.status).toBe(429);
    expect(Number(stillLimited.headers.get('retry-after'))).toBe(30);

    clock += 30_001;
    expect((await postVote(server.url, { page: '/', vote: 3 })).status).toBe(204);
    expect(server.rows()).toBe(31);
  });

  it('ignores X-Forwarded-For unless FEEDBACK_TRUST_PROXY is on', async () => {
    server = await startTestServer({ rateLimitPerMinute: 2 });
    for (let i = 0; i < 2; i++) {
      expect((await postVote(server.url, { page: '/', vote: 3 }, { 'x-forwarded-for': `10.0.0.${i}` })).status).toBe(204);
    }
    // A spoofed header does not buy a fresh allowance.
    expect((await postVote(server.url, { page: '/', vote: 3 }, { 'x-forwarded-for': '10.0.0.9' })).status).toBe(429);
    await server.close();

    server = await startTestServer({ rateLimitPerMinute: 2, trustProxy: true });
    const fromProxy = (chain: string) => postVote(server!.url, { page: '/', vote: 3 }, { 'x-forwarded-for': chain });
    expect((await fromProxy('203.0.113.7')).status).toBe(204);
    expect((await fromProxy('198.51.100.1, 203.0.113.7')).status).toBe(204);
    // Same last hop (what our proxy appended): same client, whatever came before it.
    expect((await fromProxy('192.0.2.55, 203.0.113.7')).status).toBe(429);
    expect((await fromProxy('203.0.113.8')).status).toBe(204);
    const rows = server.allRows();
    expect(rows[0].client_hash).toBe(rows[1].client_hash);
    expect(rows[2].client_hash).not.toBe(rows[0].client_hash);
  });
});

describe('pages of the built site', () => {
  it('accepts pages that exist under FEEDBACK_SITE_DIR and nothing outside it', async () => {
    const site = makeTempDir('feedback-site-');
    const outside = makeTempDir('feedback-outside-');
    try {
      fs.mkdirSync(path.join(site, 'software', 'openssh'), { recursive: true });
      fs.writeFileSync(path.join(site, 'software', 'openssh', 'index.html'), '<h1>OpenSSH</h1>');
      fs.mkdirSync(path.join(site, 'empty-dir'));
      fs.mkdirSync(path.join(outside, 'secret'));
      fs.writeFileSync(path.join(outside, 'secret', 'index.html'), 'secret');
      fs.symlinkSync(path.join(outside, 'secret'), path.join(site, 'linked'));

      server = await startTestServer({ siteDir: site });
      expect((await postVote(server.url, { page: '/software/openssh/', vote: 3 })).status).toBe(204);
      expect((await postVote(server.url, { page: '/software/openssh', vote: 2 })).status).toBe(204);
      expect((await postVote(server.url, { page: '/ports/22/', vote: 3 })).status).toBe(204);

      const outsideRelative = path.relative(site, path.join(outside, 'secret'));
      for (const page of [
        '/software/missing/',
        '/empty-dir/',
        '/linked/',
        `/${outsideRelative}/`,
        '/software/../software/openssh/',
        '/software/%2e%2e/openssh/',
        '/software\\openssh\\',
        '/.git/',
      ]) {
        const res = await postVote(server.url, { page, vote: 1 });
        expect(res.status, page).toBe(400);
      }
      expect(server.rows()).toBe(3);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

/**
 * Sends a 10 MB vote as curl does, over a raw socket: the whole body first, as fast as the socket
 * takes it, and only then reads the answer. Resolves with everything it could read.
 */
function sendHugeBody(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  const size = 10 * 1024 * 1024;
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (sent < size && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      socket.resume();
    };
    socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
    socket.on('error', () => socket.resume());
    socket.on('close', () => resolve(received));
    socket.pause();
    socket.write(`POST /api/feedback HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`);
    pump();
  });
}

describe('a refused large body', () => {
  it('reaches a client that is still sending 10 MB as a 413, every time, and the server keeps going', async () => {
    server = await startTestServer();
    for (let i = 0; i < 5; i++) expect(await sendHugeBody(server.url)).toMatch(/(^|\r\n)HTTP\/1\.1 413 /);
    const chunks = Array.from({ length: 160 }, () => Buffer.alloc(64 * 1024, 0x20));
    const chunked = await rawRequest(server.url, { method: 'POST', path: '/api/feedback', headers: { 'content-type': 'application/json' }, body: chunks });
    expect(chunked.status).toBe(413);
    expect((await postVote(server.url, { page: '/', vote: 3 })).status).toBe(204);
  });
});
