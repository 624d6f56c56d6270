// Exercises scripts/registry-update.ts with an injected fetch: these tests
// never touch the network and never write inside the repository.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REGISTRY_URL, updateRegistry, updateSnapshot } from '../../../scripts/registry-update.ts';

const fixtureXml = readFileSync(new URL('../../fixtures/iana/registry-small.xml', import.meta.url), 'utf8');

let dir: string;
let destination: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-update-'));
  destination = join(dir, 'data', 'iana', 'service-names-port-numbers.xml');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A fetch stand-in that fails like undici does when DNS lookup fails. */
const offlineFetch: typeof fetch = async () => {
  throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND www.iana.org') });
};

describe('updateRegistry', () => {
  it('writes a valid download and reports count and date', async () => {
    const seen: string[] = [];
    const fetchImpl: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(fixtureXml);
    };
    const result = await updateRegistry({ destination, fetchImpl });
    expect(seen).toEqual([REGISTRY_URL]);
    expect(result).toMatchObject({ destination, records: 11, updated: '2024-02-29' });
    expect(readFileSync(destination, 'utf8')).toBe(fixtureXml);
    expect(readdirSync(join(dir, 'data', 'iana'))).toEqual(['service-names-port-numbers.xml']);
  });

  it('fails with a one-line offline message and creates nothing', async () => {
    const error: unknown = await updateRegistry({ destination, fetchImpl: offlineFetch }).then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof Error)) throw new Error('expected updateRegistry to reject');
    expect(error.message).toContain(`could not download ${REGISTRY_URL}: getaddrinfo ENOTFOUND www.iana.org. You are probably offline;`);
    expect(error.message).not.toContain('\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says the build keeps the existing copy, and leaves it untouched', async () => {
    await updateRegistry({ destination, fetchImpl: async () => new Response(fixtureXml) });
    writeFileSync(destination, 'old copy');
    await expect(updateRegistry({ destination, fetchImpl: offlineFetch })).rejects.toThrow(/the build keeps using .*service-names-port-numbers\.xml\.$/);
    expect(readFileSync(destination, 'utf8')).toBe('old copy');
  });

  it('gives up after the timeout', async () => {
    const hangingFetch: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const started = Date.now();
    await expect(updateRegistry({ destination, fetchImpl: hangingFetch, timeoutMs: 50 })).rejects.toThrow(
      'no answer within the time limit. You are probably offline',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports an HTTP error status', async () => {
    await expect(
      updateRegistry({ destination, fetchImpl: async () => new Response('busy', { status: 503 }) }),
    ).rejects.toThrow(`could not download ${REGISTRY_URL}: IANA answered HTTP 503;`);
  });

  it('refuses a download that does not parse and keeps the old file', async () => {
    await updateRegistry({ destination, fetchImpl: async () => new Response(fixtureXml) });
    const truncated = fixtureXml.slice(0, 2_000);
    await expect(updateRegistry({ destination, fetchImpl: async () => new Response(truncated) })).rejects.toThrow(
      /is not a valid registry .*was left unchanged\.$/,
    );
    expect(readFileSync(destination, 'utf8')).toBe(fixtureXml);
    expect(readdirSync(join(dir, 'data', 'iana'))).toEqual(['service-names-port-numbers.xml']);
  });
});

describe('updateSnapshot', () => {
  const csv = readFileSync(new URL('../../fixtures/iana/registry-small.csv', import.meta.url), 'utf8');
  const serve: typeof fetch = async (input) => new Response(String(input).endsWith('.csv') ? csv : fixtureXml);

  it('writes both editions and a manifest with their counts', async () => {
    const results = await updateSnapshot({ root: dir, fetchImpl: serve, today: '2026-12-01' });
    expect(results.map((r) => r.destination.split('/').pop())).toEqual(['service-names-port-numbers.xml', 'service-names-port-numbers.csv']);
    const manifest = JSON.parse(readFileSync(join(dir, 'data', 'iana', 'manifest.json'), 'utf8'));
    expect(manifest.xml).toMatchObject({ records: 11, updated: '2024-02-29', fetched: '2026-12-01' });
    expect(manifest.csv.records).toBeGreaterThan(0);
  });

  it('refuses a download much smaller than the snapshot it replaces, naming the counts, and keeps the old files', async () => {
    await updateSnapshot({ root: dir, fetchImpl: serve, today: '2026-12-01' });
    const manifestPath = join(dir, 'data', 'iana', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.xml.records = 14444;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const before = readFileSync(join(dir, 'data', 'iana', 'service-names-port-numbers.xml'), 'utf8');
    await expect(updateSnapshot({ root: dir, fetchImpl: serve })).rejects.toThrow(/holds 11 records, but the snapshot it replaces held 14444/);
    expect(readFileSync(join(dir, 'data', 'iana', 'service-names-port-numbers.xml'), 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(manifestPath, 'utf8')).xml.records).toBe(14444);
  });
});
