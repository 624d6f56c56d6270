/**
 * The bundle compaction over a real pagefind index (pagefind's Node API, a few dozen pages):
 * every word and page survives under its new name, and a format it does not know fails loudly.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CborValue, decodeCbor } from '../../src/lib/search/cbor';
import { type BundleFile, boundaryPrefixes, compactBundle, roundWordCount, WORD_COUNT_STEP } from '../../src/lib/search/compact-bundle';

const decode = (content: Uint8Array) => decodeCbor(gunzipSync(content).subarray(12)) as CborValue[];
const entryOf = (files: BundleFile[]) =>
  JSON.parse(Buffer.from(files.find((f) => f.path === 'pagefind-entry.json')!.content).toString()) as {
    version: string;
    languages: Record<string, { hash: string; page_count: number }>;
  };
const fileOf = (files: BundleFile[], path: string) => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the bundle`);
  return file;
};
/** The metadata of the bundle's one language: [version, pages, chunks, filters, sorts, meta fields]. */
const metaOf = (files: BundleFile[]) => {
  const [info] = Object.values(entryOf(files).languages);
  return decode(fileOf(files, `pagefind.${info!.hash}.pf_meta`).content);
};
/** Every word entry of the index, in chunk order. */
const wordsOf = (files: BundleFile[]) =>
  (metaOf(files)[2] as string[][]).flatMap(([, , hash]) => decode(fileOf(files, `index/${hash}.pf_index`).content)[0] as CborValue[][]);

describe('compactBundle over a pagefind index', () => {
  let original: BundleFile[];

  beforeAll(async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'unknown' });
    for (let i = 0; i < 40; i++) {
      const words = Array.from({ length: 30 }, (_, j) => `w${(i * 7 + j * 13) % 97}x${j % 5}`).join(' ');
      await index!.addHTMLFile({
        sourcePath: `ports/${i}/index.html`,
        content: `<html><body><main data-pagefind-body><h1>Port ${i}</h1><p data-pagefind-filter="range:System">${words} port${i}</p></main></body></html>`,
      });
    }
    original = (await index!.getFiles()).files.map((f) => ({ path: f.path, content: Uint8Array.from(f.content) }));
  });
  afterAll(() => pagefind.close());

  it('keeps every word entry, in order, in more and smaller chunks with pagefind-style boundaries', () => {
    const compacted = compactBundle(original, { chunkBytes: 300 });
    expect(wordsOf(compacted)).toEqual(wordsOf(original));
    const chunks = metaOf(compacted)[2] as string[][];
    expect(chunks.length).toBeGreaterThan((metaOf(original)[2] as unknown[]).length);
    const words = chunks.map(([, , hash]) => (decode(fileOf(compacted, `index/${hash}.pf_index`).content)[0] as string[][]).map((w) => w[0]!));
    chunks.forEach(([from, to], i) => {
      expect(words[i]![0]!.startsWith(from!)).toBe(true);
      expect(words[i]!.at(-1)!.startsWith(to!)).toBe(true);
      if (i + 1 < chunks.length) expect(to! < chunks[i + 1]![0]!).toBe(true);
    });
  });

  it('renames pages to short counting names, each with its own fragment, and updates the entry', () => {
    const compacted = compactBundle(original, { chunkBytes: 300 });
    const before = metaOf(original)[1] as [string, number, string][];
    const after = metaOf(compacted)[1] as [string, number, string][];
    // Word counts are rounded (they only normalise scores by page length); nothing else changes.
    expect(after.map(([, words]) => words)).toEqual(before.map(([, words]) => roundWordCount(words)));
    expect(after.every(([, words]) => words % WORD_COUNT_STEP === 0 && words >= WORD_COUNT_STEP)).toBe(true);
    after.forEach(([id], i) => {
      expect(id).toMatch(new RegExp(`^[0-9a-f]{6}_${i.toString(36)}$`));
      expect(fileOf(compacted, `fragment/${id}.pf_fragment`).content).toEqual(
        fileOf(original, `fragment/${before[i]![0]}.pf_fragment`).content,
      );
    });
    expect(entryOf(compacted).languages.unknown!.page_count).toBe(40);
    // Nothing stale is left behind, and what the compaction does not touch is passed through.
    expect(compacted.filter((f) => f.path.startsWith('fragment/'))).toHaveLength(40);
    expect(compacted.filter((f) => f.path.endsWith('.pf_meta'))).toHaveLength(1);
    for (const path of ['pagefind.js', 'wasm.unknown.pagefind'])
      expect(fileOf(compacted, path).content).toEqual(fileOf(original, path).content);
    expect(compacted.filter((f) => f.path.startsWith('filter/')).map((f) => f.content)).toEqual(
      original.filter((f) => f.path.startsWith('filter/')).map((f) => f.content),
    );
  });

  it('refuses a pagefind version it was not written for, and a file that is not pagefind data', () => {
    const entry = fileOf(original, 'pagefind-entry.json');
    const newer = original.map((f) =>
      f === entry ? { ...f, content: Buffer.from(Buffer.from(f.content).toString().replace(/"version":"[^"]+"/, '"version":"9.0.0"')) } : f,
    );
    expect(() => compactBundle(newer, { chunkBytes: 300 })).toThrow(/pagefind-entry.json: written by pagefind 9\.0\.0/);
    const chunk = (metaOf(original)[2] as string[][])[0]![2];
    const broken = original.map((f) =>
      f.path === `index/${chunk}.pf_index` ? { ...f, content: new Uint8Array(gunzipSync(f.content).length) } : f,
    );
    expect(() => compactBundle(broken, { chunkBytes: 300 })).toThrow(new RegExp(`index/${chunk}\\.pf_index`));
  });

  it('computes chunk boundaries as pagefind does', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
  });
});
