import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOFTWARE_CATEGORIES, softwareSchema } from '../../src/schemas/software';

const dir = resolve(import.meta.dirname, '../../content/software');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
const entries = files.map((file) => ({ file, data: softwareSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))) }));

// The schema and the loader check each entry (sources, slugs, malware status); this checks the dataset as a whole.
describe('the software dataset', () => {
  it('covers every category, with at least 400 entries and 700 port facts', () => {
    const facts = entries.reduce((n, e) => n + e.data.ports.length, 0);
    const perCategory = Object.fromEntries(
      Object.keys(SOFTWARE_CATEGORIES).map((c) => [c, entries.filter((e) => e.data.category === c).length]),
    );
    console.log(`software dataset: ${entries.length} entries, ${facts} port facts, ${Object.keys(perCategory).length} categories`, perCategory);
    expect(entries.length).toBeGreaterThanOrEqual(400);
    expect(facts).toBeGreaterThanOrEqual(700);
    for (const [category, count] of Object.entries(perCategory)) expect(count, category).toBeGreaterThan(0);
  });
});

describe('softwareSchema', () => {
  const netbus = {
    slug: 'netbus',
    name: 'NetBus',
    vendor: 'Carl-Fredrik Neikter',
    homepage: 'https://example.org/',
    category: 'malware',
    status: 'historic',
    description: 'A remote-control trojan.',
    ports: [{ port: 20034, transport: 'tcp', purpose: 'Control channel', default: true, source: 'https://example.org/netbus', sourceKind: 'third-party' }],
  };

  it('accepts malware marked historic and refuses it marked current, naming the field', () => {
    expect(softwareSchema.safeParse(netbus).error?.issues ?? []).toEqual([]);
    const current = softwareSchema.safeParse({ ...netbus, status: 'current' });
    expect(current.success).toBe(false);
    expect(current.error?.issues[0]).toMatchObject({ path: ['status'], message: expect.stringContaining('historic or legacy for malware') });
  });
});
