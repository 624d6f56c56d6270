// The downloads under /data/ and the per-port files, over the built dist/ (a sample build is
// enough: the downloads cover every port whichever pages a build renders).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/iana/csv';
import { decodeEntities } from '../support/built-html';
import { skipWithout } from '../support/built-input';
import { visibleText } from '../support/html-text';
import { jsonSchemaValidator } from '../support/json-schema';

const dist = resolve(import.meta.dirname, '../../dist');
const skip = skipWithout(join(dist, 'data/index.html'));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
/** The schema a file names in `$schema`, read from dist/. */
const validatorFor = (file: { $schema: string }) => jsonSchemaValidator(json(new URL(file.$schema).pathname));
const csvTable = (path: string) => {
  const [header, ...rows] = readCsv(read(path), { sourceName: path }).map((r) => r.fields);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
};
/** How the CSV writes a JSON value: empty for null or absent. */
const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe.skipIf(skip)('open data downloads', () => {
  const registry = skip ? null : json('data/registry.json');
  const software = skip ? null : json('data/software.json');
  const verdicts = skip ? null : json('data/verdicts.json');

  it('validate against the JSON Schemas generated for them, which name themselves by their address', () => {
    for (const file of [registry, software, verdicts]) {
      const validate = validatorFor(file);
      expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(json(new URL(file.$schema).pathname).$id).toBe(file.$schema);
    }
  });

  it('state their licence: IANA registry CC0, the project data CC BY 4.0', () => {
    expect(registry.license.id).toBe('CC0-1.0');
    expect(registry.license.notice).toContain('https://www.iana.org/help/licensing-terms');
    expect(software.license.id).toBe('CC-BY-4.0');
    expect(verdicts.license.id).toBe('CC-BY-4.0');
  });

  it('cover every port, not only the pages a sample build renders', () => {
    const ports = new Set(registry.records.map((r: { port: number }) => r.port));
    for (const port of [22, 5353, 8443, 27017, 49151]) expect(ports.has(port), `port ${port}`).toBe(true);
    expect(registry.records.length).toBeGreaterThan(10_000);
    expect(software.records.length).toBe(readdirSync(resolve(import.meta.dirname, '../../content/software')).filter((f) => f.endsWith('.yaml')).length);
  });

  it('hold the same registry records in CSV as in JSON, row for row', () => {
    const rows = csvTable('data/registry.csv');
    expect(rows).toHaveLength(registry.records.length);
    const keys = ['port', 'portEnd', 'transport', 'serviceName', 'description', 'status', 'aliasOf', 'historic', 'notes', 'modified', 'source'];
    const fromCsv = rows.map((row) => [...keys.map((k) => row[k]), row.references!.split('; ').filter(Boolean).length]);
    const fromJson = registry.records.map((r: Record<string, unknown>) => [...keys.map((k) => cell(r[k])), (r.references as unknown[]).length]);
    expect(fromCsv).toEqual(fromJson);
  });

  it('hold one software CSV row per port fact of the JSON, in order', () => {
    const facts = software.records.flatMap((p: { slug: string; ports: Record<string, unknown>[] }) => p.ports.map((f) => ({ slug: p.slug, ...f })));
    const rows = csvTable('data/software.csv');
    expect(rows).toHaveLength(facts.length);
    facts.forEach((fact: Record<string, any>, i: number) => {
      const row = rows[i]!;
      expect([row.slug, row.port, row.portEnd, row.transport, row.purpose, row.default, row.source]).toEqual(
        [fact.slug, fact.port.first, fact.port.last, fact.transport, fact.purpose, fact.default, fact.source].map(cell),
      );
    });
  });

  it('give every port a verdict, in CSV as in JSON', () => {
    expect(verdicts.records.map((r: { port: number }) => r.port)).toEqual(Array.from({ length: 65536 }, (_, p) => p));
    for (const port of [6000, 10080]) expect(verdicts.records[port].reasons, `port ${port}`).toContain('browser-blocked');
    const rows = csvTable('data/verdicts.csv');
    expect(rows.map((r) => [r.port, r.verdict, r.reasons, r.alternativeBelow, r.alternativeAbove])).toEqual(
      verdicts.records.map((r: { port: number; verdict: string; reasons: string[]; alternatives: { below: number | null; above: number | null } | null }) =>
        [r.port, r.verdict, r.reasons.join('; '), r.alternatives?.below, r.alternatives?.above].map(cell),
      ),
    );
  });

  it('are listed on /data/ with the sizes of the files written, the build date and schema links', () => {
    const page = read('data/index.html');
    const listed = [...page.matchAll(/data-file="([^"]+)" data-bytes="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])] as const);
    expect(listed.map(([path]) => path)).toEqual(
      expect.arrayContaining(['/data/registry.json', '/data/registry.csv', '/data/schema/registry.schema.json', '/data/software.json', '/data/software.csv', '/data/verdicts.json', '/data/verdicts.csv']),
    );
    for (const [path, bytes] of listed) expect(statSync(join(dist, path)).size, path).toBe(bytes);
    expect(page).toContain(`datetime="${registry.generated}"`);
    expect(page).toContain('href="/data/schema/port.schema.json"');
    expect(page).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(page).toContain('https://creativecommons.org/publicdomain/zero/1.0/');
  });

  it('are linked from every page footer', () => {
    for (const path of ['index.html', 'ports/65000/index.html', 'software/index.html']) expect(read(path), path).toContain('<a href="/data/">Open data</a>');
  });
});

describe.skipIf(skip)('per-port data files', () => {
  const portDirs = skip ? [] : readdirSync(join(dist, 'ports')).filter((name) => /^\d+$/.test(name));
  const withFile = portDirs.filter((p) => existsSync(join(dist, 'ports', p, 'data.json'))).map(Number);
  const alternate = (port: number) => /<link rel="alternate" type="application\/json" href="([^"]+)">/.exec(read(`ports/${port}/index.html`))?.[1];

  it('exist exactly for the pages that link one, and only for ports with more than "unassigned" to say', () => {
    expect(withFile.length).toBeGreaterThan(500);
    for (const p of portDirs.map(Number)) expect(alternate(p), `port ${p}`).toBe(withFile.includes(p) ? `/ports/${p}/data.json` : undefined);
    for (const p of withFile) {
      const { data } = json(`ports/${p}/data.json`);
      expect(data.status !== 'unassigned' || data.records.length > 0 || data.software.length > 0 || data.article !== null, `port ${p}`).toBe(true);
    }
  });

  it('all validate against the port schema and give the verdict the verdicts file gives', () => {
    const validate = validatorFor(json(`ports/${withFile[0]}/data.json`));
    const verdicts = json('data/verdicts.json');
    for (const p of withFile) {
      const file = json(`ports/${p}/data.json`);
      expect(validate(file), `port ${p}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      const { verdict, reasons, alternatives } = file.data.choice;
      expect({ verdict, reasons: reasons.map((r: { code: string }) => r.code), alternatives }, `port ${p}`).toEqual({
        verdict: verdicts.records[p].verdict,
        reasons: verdicts.records[p].reasons,
        alternatives: verdicts.records[p].alternatives,
      });
    }
  });

  it.each([22, 53, 626, 2647, 3000, 5432, 8080, 65000])('say what page %i says', (port) => {
    const html = read(`ports/${port}/index.html`);
    const { data } = json(`ports/${port}/data.json`);
    expect(data.port).toBe(port);
    expect(decodeEntities(/<title>([^<]*) · Port Atlas<\/title>/.exec(html)?.[1] ?? '')).toBe(data.title);
    expect(/<p class="[^"]*" data-status="([a-z]+)">/.exec(html)?.[1]).toBe(data.status);
    expect(decodeEntities(visibleText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')).trim()).toBe(data.heading);
    expect(decodeEntities(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '')).toBe(data.description);
    const products = [...html.matchAll(/data-software="([^"]+)"/g)].map((m) => m[1]);
    expect(products).toEqual(data.software.map((s: { slug: string }) => s.slug));
    for (const r of data.records.filter((r: { serviceName: string }) => r.serviceName)) expect(html, `${port}: ${r.serviceName}`).toContain(r.serviceName);
  });
});
