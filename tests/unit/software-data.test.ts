import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOFTWARE_CATEGORIES, softwareSchema } from '../../src/schemas/software';

const dir = resolve(import.meta.dirname, '../../content/software');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
const entries = files.map((file) => ({ file, data: softwareSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))) }));

describe('the software dataset', () => {
  it('gives every entry at least one port, each with an http(s) source', () => {
    for (const { file, data } of entries) {
      expect(data.ports.length, file).toBeGreaterThan(0);
      for (const port of data.ports) expect(port.source, file).toMatch(/^https?:\/\//);
    }
  });

  it('has unique slugs, each equal to its file name', () => {
    const slugs = entries.map((e) => e.data.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const { file, data } of entries) expect(file.replace(/\.ya?ml$/, '').split('/').pop()).toBe(data.slug);
  });

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

  it('labels malware as historic or legacy', () => {
    for (const { file, data } of entries.filter((e) => e.data.category === 'malware')) {
      expect(['historic', 'legacy'], file).toContain(data.status);
    }
  });
});
