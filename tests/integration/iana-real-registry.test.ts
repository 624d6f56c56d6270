// Integration test over the real IANA files: the snapshot the project ships in data/iana/
// (public domain, see data/iana/README.md), so it runs everywhere and never skips.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIanaCsv, parseIanaXml, readCsv, readIanaPeople } from '../../src/lib/iana/index.ts';
import type { CsvRow } from '../../src/lib/iana/csv.ts';
import type { IanaRegistry, IanaTransport } from '../../src/lib/iana/types.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dir = resolve(repoRoot, 'data/iana');
const xmlPath = join(dir, 'service-names-port-numbers.xml');
const csvPath = join(dir, 'service-names-port-numbers.csv');
if (!existsSync(xmlPath) || !existsSync(csvPath)) throw new Error(`the registry snapshot is missing from ${dir}: restore it with git checkout data/iana`);

const SLOW = 60_000;
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<'csv' | 'xml', { records: number; updated: string }>;

function names(registry: IanaRegistry, port: number, transport?: IanaTransport): string[] {
  return registry.records
    .filter((r) => r.portFirst === port && r.portLast === port && (transport === undefined || r.transport === transport))
    .map((r) => r.serviceName);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Checks shared by both formats. */
function commonExpectations(get: () => IanaRegistry): void {
  it('has the well-known names on 42, 80/tcp, 626 and 3000/tcp', () => {
    const registry = get();
    expect(names(registry, 42)).toEqual(expect.arrayContaining(['name', 'nameserver']));
    expect(names(registry, 80, 'tcp')).toEqual(expect.arrayContaining(['http', 'www', 'www-http']));
    expect(names(registry, 626)).toContain('asia');
    expect(names(registry, 3000, 'tcp')).toEqual(expect.arrayContaining(['remoteware-cl', 'hbci']));
  });

  it('has and-lm on 2646 assigned to Dick_van_der_Sijs', () => {
    const andLm = get().records.filter((r) => r.serviceName === 'and-lm' && r.portFirst === 2646);
    expect(andLm.map((r) => r.transport).sort()).toEqual(['tcp', 'udp']);
    for (const record of andLm) expect(record.assignees.map((p) => p.id)).toEqual(['Dick_van_der_Sijs']);
  });

  it('has 225-241 as a range record', () => {
    const range = get().records.find((r) => r.portFirst === 225 && r.portLast === 241);
    expect(range).toBeDefined();
    expect(range?.portLast).toBeGreaterThan(range?.portFirst ?? Infinity);
  });

  it('keeps every port within 0-65535 and every range ordered', () => {
    for (const r of get().records) {
      if (r.portFirst === null) {
        expect(r.portLast).toBeNull();
        continue;
      }
      expect(r.portFirst).toBeGreaterThanOrEqual(0);
      expect(r.portLast).toBeLessThanOrEqual(65535);
      expect(r.portFirst).toBeLessThanOrEqual(r.portLast ?? -1);
    }
  });

  it('never keeps a full e-mail address', () => {
    const json = JSON.stringify(get().records);
    expect(json).not.toMatch(/mailto:/i);
    expect(json).not.toMatch(/[A-Za-z0-9._%+-]+[&@](?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b/);
  });
}

describe('real IANA CSV (service-names-port-numbers.csv)', () => {
  let text = '';
  let registry: IanaRegistry;

  beforeAll(() => {
    text = readFileSync(csvPath, 'utf8');
    const started = performance.now();
    registry = parseIanaCsv(text);
    console.info(`[iana] parsed CSV: ${registry.records.length} records in ${(performance.now() - started).toFixed(0)} ms`);
  }, SLOW);

  // The file itself is the expectation: its rows, read with the plain CSV reader, and the count
  // its manifest recorded when it was fetched. Nothing here holds one day's numbers.
  const rows = () => readCsv(text).slice(1);

  it('turns every row into a record, as many as the manifest recorded', () => {
    expect(registry.records).toHaveLength(rows().length);
    expect(registry.records).toHaveLength(manifest.csv.records);
    // Quoted notes span lines: there are more physical lines than rows.
    expect(text.split('\n').length).toBeGreaterThan(rows().length);
  });

  it("keeps each row's transport, range and missing port", () => {
    const transportOf = (row: CsvRow) => row.fields[2]?.trim().toLowerCase() || 'none';
    expect(countBy(registry.records, (r) => r.transport ?? 'none')).toEqual(countBy(rows(), transportOf));
    const portField = (row: CsvRow) => row.fields[1]?.trim() ?? '';
    // A range written with equal ends ("4748-4748") is one port.
    const spans = rows().filter((row) => {
      const [, first, last] = /^(\d+)-(\d+)$/.exec(portField(row)) ?? [];
      return first !== undefined && Number(first) !== Number(last);
    });
    expect(registry.records.filter((r) => r.portFirst !== null && r.portLast !== r.portFirst)).toHaveLength(spans.length);
    expect(spans.length).toBeGreaterThan(0);
    expect(registry.records.filter((r) => r.portFirst === null)).toHaveLength(rows().filter((row) => portField(row) === '').length);
  });

  it('has source lines that increase', () => {
    const lines = registry.records.map((r) => r.sourceLine);
    expect(lines[0]).toBe(2);
    for (let i = 1; i < lines.length; i++) expect(lines[i]).toBeGreaterThan(lines[i - 1] as number);
  });

  it('reports the newest date it saw as updated', () => {
    expect(registry.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  commonExpectations(() => registry);
});

describe('real IANA XML (service-names-port-numbers.xml)', () => {
  let text = '';
  let registry: IanaRegistry;

  beforeAll(() => {
    text = readFileSync(xmlPath, 'utf8');
    const started = performance.now();
    registry = parseIanaXml(text);
    console.info(`[iana] parsed XML: ${registry.records.length} records in ${(performance.now() - started).toFixed(0)} ms`);
  }, SLOW);

  it('turns every <record> into a record', () => {
    const recordsIn = text.match(/<record[\s>]/g)?.length ?? 0;
    expect(recordsIn).toBeGreaterThan(14_000);
    expect(registry.records).toHaveLength(recordsIn);
  });

  it('carries the registry updated date', () => {
    expect(registry.updated).toBe(/<updated>([^<]+)<\/updated>/.exec(text)?.[1]?.trim());
    expect(registry.updated).toBe(manifest.xml.updated);
  });

  it('resolves every referenced person id to a <people> entry', () => {
    const people = readIanaPeople(text);
    const referenced = new Set([...text.matchAll(/<xref type="person" data="([^"]+)"/g)].map((m) => m[1] as string));
    expect(referenced.size).toBeGreaterThan(5_000);
    for (const id of referenced) expect(people.has(id), id).toBe(true);
    for (const record of registry.records) {
      for (const person of [...record.assignees, ...record.contacts]) expect(person).toEqual(people.get(person.id));
    }
  }, SLOW);

  it('gives Dick van der Sijs of and-lm the domain and.nl only', () => {
    const andLm = registry.records.find((r) => r.serviceName === 'and-lm' && r.transport === 'tcp');
    expect(andLm?.assignees).toEqual([{ id: 'Dick_van_der_Sijs', name: 'Dick van der Sijs', organization: null, domain: 'and.nl' }]);
  });

  commonExpectations(() => registry);
});

describe('real CSV people resolved from the real XML directory', () => {
  it('resolves nearly every CSV person id (the two files are different snapshots)', () => {
    const people = readIanaPeople(readFileSync(xmlPath, 'utf8'));
    const csv = parseIanaCsv(readFileSync(csvPath, 'utf8'), { people });
    const ids = new Set(csv.records.flatMap((r) => [...r.assignees, ...r.contacts].map((p) => p.id)));
    const missing = [...ids].filter((id) => !people.has(id));
    if (missing.length > 0) console.info(`[iana] CSV person ids not in the XML <people>: ${missing.join(', ')}`);
    expect(missing.length / ids.size).toBeLessThan(0.01);
    const andLm = csv.records.find((r) => r.serviceName === 'and-lm');
    expect(andLm?.assignees[0]).toMatchObject({ name: 'Dick van der Sijs', domain: 'and.nl' });
  }, SLOW);
});
