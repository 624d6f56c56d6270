/** Checks over the search index the build wrote into dist/pagefind/ (run `npm run build` first). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_MARKER } from '../../src/lib/search/indexed-html';
import { INDEX_LANGUAGE } from '../../src/lib/search/search-config';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');
const bundle = join(dist, 'pagefind');
const portPage = (port: number | string) => readFileSync(join(dist, 'ports', String(port), 'index.html'), 'utf8');

describe.skipIf(skipWithout(existsSync(bundle)))('the search index', () => {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

  it('holds exactly the port pages that opt in, in one language-neutral index', () => {
    const marked = readdirSync(join(dist, 'ports')).filter(
      (dir) => /^\d+$/.test(dir) && portPage(dir).includes(INDEX_MARKER),
    ).length;
    expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
    expect(entry.languages[INDEX_LANGUAGE]!.page_count).toBe(marked);
    // About 6,100 registered ports; far from all 65,536.
    expect(marked).toBeGreaterThan(700);
    expect(marked).toBeLessThan(10_000);
  });

  it('indexes assigned, reserved, article and software pages, and leaves bare unassigned ones out', () => {
    // 25565 is unassigned, but Minecraft servers listen there: the software names it.
    for (const port of [0, 22, 626, 2646, 25565]) expect(portPage(port), `port ${port}`).toContain(INDEX_MARKER);
    // 65001 lies only in wide pools (Windows RPC's dynamic range), which name no single port.
    for (const port of [65001, 47010]) expect(portPage(port), `port ${port}`).not.toContain(INDEX_MARKER);
    expect(portPage(626)).toContain('data-pagefind-meta="names:asia, serialnumberd');
    // The home page, the lists and the search page are navigation, not content.
    for (const path of ['index.html', 'ports/index.html', 'ports/list/0-499/index.html', 'search/index.html']) {
      expect(readFileSync(join(dist, path), 'utf8'), path).not.toContain(INDEX_MARKER);
    }
  });

  it('ships only what the site loads: the search API, its WebAssembly and the index', () => {
    const top = readdirSync(bundle).sort();
    expect(top.filter((f) => /ui|highlight|worker|playground/.test(f))).toEqual([]);
    expect(top).toEqual(
      expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json', 'pagefind.js', 'wasm.unknown.pagefind']),
    );
  });
});
