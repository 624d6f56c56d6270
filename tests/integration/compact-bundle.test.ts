/**
 * The bundle compaction over real pagefind indexes (pagefind's Node API): every word and page
 * survives under its new name, chunks are bounded as pagefind bounds its own, and a bundle in a
 * format it does not know is shipped as pagefind wrote it, with a warning.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CborValue, decodeCbor, encodeCbor } from '../../src/lib/search/cbor';
import {
  type BundleFile,
  chunkBounds,
  compactBundle,
  roundWordCount,
  SUPPORTED_PAGEFIND,
  tryCompactBundle,
  WORD_COUNT_STEP,
} from '../../src/lib/search/compact-bundle';

const SIGNATURE = Buffer.from('pagefind_dcd');
const decode = (content: Uint8Array) => decodeCbor(gunzipSync(content).subarray(SIGNATURE.length)) as CborValue[];
const encode = (value: CborValue) => Uint8Array.from(gzipSync(Buffer.concat([SIGNATURE, encodeCbor(value)])));
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
const metaPathOf = (files: BundleFile[]) => `pagefind.${Object.values(entryOf(files).languages)[0]!.hash}.pf_meta`;
/** The metadata of the bundle's one language: [version, pages, chunks, filters, sorts, meta fields]. */
const metaOf = (files: BundleFile[]) => decode(fileOf(files, metaPathOf(files)).content);
const chunksOf = (files: BundleFile[]) => metaOf(files)[2] as [string, string, string][];
/** Every chunk's word entries, in chunk order. */
const runsOf = (files: BundleFile[]) =>
  chunksOf(files).map(([, , hash]) => decode(fileOf(files, `index/${hash}.pf_index`).content)[0] as CborValue[][]);
const wordsOf = (files: BundleFile[]) => runsOf(files).flat();
/** The files as comparable text (deep equality over large byte arrays is slow). */
const listing = (files: readonly BundleFile[]) => files.map((f) => `${f.path} ${createHash('sha256').update(f.content).digest('hex')}`);
/** `files` with the file at `path` given other content. */
const withFile = (files: BundleFile[], path: string, content: Uint8Array) => files.map((f) => (f.path === path ? { path, content } : f));
/** `files` with the metadata decoded, changed by `change`, and written back. */
const withMeta = (files: BundleFile[], change: (meta: CborValue[]) => void) => {
  const meta = metaOf(files);
  change(meta);
  return withFile(files, metaPathOf(files), encode(meta));
};

/** The bundle pagefind writes for `records` (text, one record a page), as getFiles() returns it. */
async function pagefindBundle(records: string[]): Promise<BundleFile[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'unknown' });
  for (const [i, content] of records.entries()) {
    const { errors } = await index!.addCustomRecord({ url: `/ports/${i}/`, content, language: 'unknown', meta: { title: `Port ${i}` } });
    expect(errors).toEqual([]);
  }
  return (await index!.getFiles()).files.map((f) => ({ path: f.path, content: Uint8Array.from(f.content) }));
}

describe('compactBundle over a pagefind index', () => {
  let original: BundleFile[];
  /** Enough pages that pagefind cuts its index into several chunks at its own size (20,000 word positions). */
  let chunked: BundleFile[];

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
    // "zebraa" and "zebrab" are each on every page often enough to fill a chunk alone; the chunk of
    // "zebrab" then starts "zebrab" and would end "ze" (before "zz"), which pagefind does not allow.
    chunked = await pagefindBundle(
      Array.from({ length: 300 }, (_, i) =>
        [
          ...Array.from({ length: 100 }, (_, j) => `w${(i * 7 + j * 13) % 997}`),
          ...Array<string>(70).fill('zebraa'),
          ...Array<string>(70).fill('zebrab'),
          `zz${i % 50}`,
        ].join(' '),
      ),
    );
  });
  afterAll(() => pagefind.close());

  it('is written for the pagefind that package.json pins and that is installed', () => {
    const root = new URL('../../', import.meta.url);
    const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { dependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, { version: string }> };
    // An exact version: a range would let an install pick a release whose formats are unchecked.
    expect(manifest.dependencies.pagefind).toBe(SUPPORTED_PAGEFIND);
    expect(lock.packages['node_modules/pagefind']!.version).toBe(SUPPORTED_PAGEFIND);
    expect(entryOf(original).version).toBe(SUPPORTED_PAGEFIND);
  });

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

  it('bounds chunks exactly as pagefind bounds its own', () => {
    const chunks = chunksOf(chunked);
    const runs = runsOf(chunked).map((run) => run.map((w) => w[0] as string));
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunkBounds(runs)).toEqual(chunks.map(([from, to]) => [from, to]));
    // The data holds the case where pagefind keeps a chunk's `to` whole (trimmed, it would sort before `from`).
    expect(chunks[runs.findIndex((run) => run.join() === 'zebrab')]).toEqual(['zebrab', 'zebrab', expect.any(String)]);
  });

  it('cuts a multi-chunk pagefind index finer, every word kept in order', () => {
    const compacted = compactBundle(chunked, { chunkBytes: 2_000 });
    expect(wordsOf(compacted)).toEqual(wordsOf(chunked));
    expect(chunksOf(compacted).length).toBeGreaterThan(chunksOf(chunked).length);
    const runs = runsOf(compacted).map((run) => run.map((w) => w[0] as string));
    expect(chunksOf(compacted).map(([from, to]) => [from, to])).toEqual(chunkBounds(runs));
  });

  const unexpected: [string, (files: BundleFile[]) => BundleFile[], RegExp][] = [
    [
      'another pagefind version',
      (files) => withFile(files, 'pagefind-entry.json', Buffer.from(JSON.stringify({ ...entryOf(files), version: '9.0.0' }))),
      /pagefind-entry\.json: written by pagefind 9\.0\.0, the compaction knows only 1\.6\.0/,
    ],
    ['an entry that is not JSON', (files) => withFile(files, 'pagefind-entry.json', Buffer.from('{"version":')), /pagefind-entry\.json: not JSON/],
    [
      'a word-index chunk that is not pagefind data',
      (files) => withFile(files, `index/${chunksOf(files)[1]![2]}.pf_index`, gzipSync(Buffer.alloc(64))),
      /index\/unknown_\w+\.pf_index: no pagefind signature/,
    ],
    ['metadata with another field', (files) => withMeta(files, (meta) => meta.push([])), /\.pf_meta: the metadata has 7 fields, expected 6/],
    [
      'pages with another field',
      (files) => withMeta(files, (meta) => (meta[1] as CborValue[][]).forEach((page) => page.push(0))),
      /\.pf_meta: page 0 has 4 fields, expected 3/,
    ],
    [
      'chunks bounded another way (a `to` trimmed before its `from`)',
      (files) => withMeta(files, (meta) => (meta[2] as string[][]).filter(([from]) => from === 'zebrab').forEach((c) => (c[1] = 'ze'))),
      /\.pf_meta: chunk \d+ is bounded \[zebrab, ze\], not \[zebrab, zebrab\]/,
    ],
    [
      'words out of order',
      (files) => withMeta(files, (meta) => (meta[2] as CborValue[]).reverse()),
      /\.pf_meta: the index chunks are not one sorted word list/,
    ],
    [
      'a missing fragment',
      (files) => files.filter((f) => f.path !== `fragment/${(metaOf(files)[1] as string[][])[5]![0]}.pf_fragment`),
      /fragment\/unknown_\w+\.pf_fragment: missing \(page 5\)/,
    ],
  ];

  it.each(unexpected)('ships pagefind’s own bundle unchanged, with a warning, given %s', (_, change, reason) => {
    const input = change(chunked);
    const before = listing(input);
    const { files, warning } = tryCompactBundle(input, { chunkBytes: 2_000 });
    expect(listing(files)).toEqual(before);
    expect(warning).toMatch(reason);
    expect(warning).toMatch(/^search index not compacted: pagefind bundle, .*Shipping pagefind's own bundle instead .* install pagefind 1\.6\.0/);
    expect(warning).not.toContain('\n');
  });

  it('compacts a bundle it knows without a warning', () => {
    const { files, warning } = tryCompactBundle(chunked, { chunkBytes: 2_000 });
    expect(warning).toBeUndefined();
    expect(listing(files)).toEqual(listing(compactBundle(chunked, { chunkBytes: 2_000 })));
  });
});
