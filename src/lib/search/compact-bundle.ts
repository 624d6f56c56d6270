import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type CborValue, decodeCbor, encodeCbor } from './cbor.ts';

/**
 * Rewrites a pagefind bundle so that a first query downloads less, without changing what any
 * query finds and with rankings all but unchanged. Three costs dominate a first query on this site:
 *
 * - The metadata file names every indexed page by a random 7-digit hash (the name of its
 *   fragment file). Random digits do not compress: 6,600 pages cost 38 KB gzip. Pages are
 *   renamed `<build>_<n>` with `n` counting up, which compresses to half that.
 * - Pagefind cuts the word index into chunks of about 20,000 word positions, 8-18 KB gzip each,
 *   and a query loads the chunk holding its words. The chunks are cut finer here, so a query
 *   loads a few KB.
 *
 * - Each page record carries the page's word count, which pagefind uses only to normalise scores
 *   by page length. Exact counts (24, 62, 876) do not compress; rounded to a multiple of
 *   WORD_COUNT_STEP they do, and with the site's `pageLength` of 0.1 (search-config.ts) a page's
 *   score moves by about 1 % at most.
 *
 * The files are pagefind's own CBOR formats; only names, chunk boundaries and rounded word counts
 * change, every word entry is copied as it was. They are pagefind's internals, so the compaction
 * accepts only SUPPORTED_PAGEFIND's and checks what it relies on; on anything else the build ships
 * pagefind's bundle as it is, with a warning (tryCompactBundle).
 *
 * What it buys, measured 2026-12-02 with `npm run build && npm run bench:search` (which builds
 * the index both ways, compacted and not, and serves each) over the full site's 6,810 indexed
 * pages: first queries "ssh", "telnet", "license manager", "grafana" and "8080" transfer
 * 95.5-98.9 KB gzip compacted against 133.4-152.0 KB uncompacted, 34.5-54.2 KB (26-36 %) less.
 * Over a sample build's 831 pages the same command gave 77-83 KB against 93-110 KB.
 */

/** Page word counts are rounded to a multiple of this (at least one step). */
export const WORD_COUNT_STEP = 32;

/** A page's word count as the compacted metadata keeps it. */
export function roundWordCount(count: number): number {
  return Math.max(WORD_COUNT_STEP, Math.round(count / WORD_COUNT_STEP) * WORD_COUNT_STEP);
}

/**
 * The pagefind release whose bundle formats this was written and tested against. package.json pins
 * pagefind to it (a test holds the two equal); a bundle written by any other version is shipped
 * uncompacted (tryCompactBundle).
 */
export const SUPPORTED_PAGEFIND = '1.6.0';

/** A file of the bundle, as pagefind's `getFiles()` returns them: path relative to the bundle. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

export interface CompactOptions {
  /** Upper bound on a word-index chunk, in bytes before compression. */
  chunkBytes: number;
}

export class BundleFormatError extends Error {
  constructor(file: string, message: string) {
    super(`pagefind bundle, ${file}: ${message}`);
  }
}

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

function unpack(file: BundleFile): CborValue {
  let raw: Uint8Array;
  try {
    raw = gunzipSync(file.content);
  } catch (error) {
    throw new BundleFormatError(file.path, `not gzip data (${(error as Error).message})`);
  }
  if (!SIGNATURE.every((b, i) => raw[i] === b)) throw new BundleFormatError(file.path, 'no pagefind signature');
  try {
    return decodeCbor(raw.subarray(SIGNATURE.length));
  } catch (error) {
    throw new BundleFormatError(file.path, (error as Error).message);
  }
}

function pack(value: CborValue): Uint8Array {
  const body = encodeCbor(value);
  const raw = new Uint8Array(SIGNATURE.length + body.length);
  raw.set(SIGNATURE);
  raw.set(body, SIGNATURE.length);
  return gzipSync(raw, { level: 9 });
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Narrows a decoded value to an array, or says which part of which file was not one. */
function list(value: CborValue | undefined, file: string, what: string): CborValue[] {
  if (!Array.isArray(value)) throw new BundleFormatError(file, `${what} is not a list`);
  return value;
}

function text(value: CborValue | undefined, file: string, what: string): string {
  if (typeof value !== 'string') throw new BundleFormatError(file, `${what} is not text`);
  return value;
}

/** Orders two words as pagefind sorts them (Rust strings: by UTF-8 bytes, so by Unicode scalar values). */
const compareWords = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The shortest prefixes that still tell two neighbouring words apart (pagefind's `get_prefixes`). */
function boundaryPrefixes(last: string, first: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(first);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * The `[from, to]` that pagefind's metadata gives each chunk of a sorted word list cut into
 * `runs` (its `chunk_meta`): where two chunks meet, both bounds are trimmed to the shortest
 * prefixes that tell them apart, except a `to` that would then sort before its own chunk's
 * `from`, which stays whole. The browser picks the chunks to load for a word by these bounds.
 */
export function chunkBounds(runs: readonly (readonly string[])[]): [string, string][] {
  const bounds = runs.map((run): [string, string] => [run[0] ?? '', run.at(-1) ?? '']);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [here, next] = [bounds[i]!, bounds[i + 1]!];
    const [to, from] = boundaryPrefixes(here[1], next[0]);
    if (compareWords(to, here[0]) >= 0) here[1] = to;
    next[0] = from;
  }
  return bounds;
}

/** Splits `words` (sorted word entries) into runs of at most `limit` encoded bytes each. */
function cut(words: CborValue[], limit: number): CborValue[][] {
  const runs: CborValue[][] = [];
  let run: CborValue[] = [];
  let size = 0;
  for (const word of words) {
    const bytes = encodeCbor(word).length;
    if (run.length && size + bytes > limit) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(word);
    size += bytes;
  }
  if (run.length) runs.push(run);
  return runs;
}

const ENTRY = 'pagefind-entry.json';

interface Entry {
  version: string;
  languages: Record<string, { hash: string }>;
}

/** Reads pagefind-entry.json, refusing any version but SUPPORTED_PAGEFIND. Unknown fields are kept. */
function readEntry(file: BundleFile | undefined): Entry {
  if (!file) throw new BundleFormatError(ENTRY, 'missing');
  let entry: Partial<Entry> | null;
  try {
    entry = JSON.parse(new TextDecoder().decode(file.content)) as Partial<Entry> | null;
  } catch (error) {
    throw new BundleFormatError(ENTRY, `not JSON (${(error as Error).message})`);
  }
  if (typeof entry !== 'object' || entry === null) throw new BundleFormatError(ENTRY, 'not a JSON object');
  const { version, languages } = entry;
  if (version !== SUPPORTED_PAGEFIND)
    throw new BundleFormatError(ENTRY, `written by pagefind ${String(version)}, the compaction knows only ${SUPPORTED_PAGEFIND}`);
  if (typeof languages !== 'object' || languages === null) throw new BundleFormatError(ENTRY, '"languages" is not an object');
  for (const [language, info] of Object.entries(languages))
    if (typeof info?.hash !== 'string') throw new BundleFormatError(ENTRY, `languages.${language}.hash is not text`);
  return entry as Entry;
}

/** A list of exactly `length` items, or an error naming what in which file was not. */
function fields(value: CborValue | undefined, length: number, file: string, what: string): CborValue[] {
  const items = list(value, file, what);
  if (items.length !== length) throw new BundleFormatError(file, `${what} has ${items.length} fields, expected ${length}`);
  return items;
}

/**
 * Returns the compacted bundle, or throws a BundleFormatError naming the file and what in it is
 * not pagefind SUPPORTED_PAGEFIND's format; `files` are never modified. Files other than the
 * entry, the metadata, fragments and word index chunks (the WebAssembly, pagefind.js, filter
 * indexes) pass through unchanged.
 */
export function compactBundle(files: readonly BundleFile[], options: CompactOptions): BundleFile[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const entry = readEntry(byPath.get(ENTRY));
  const replaced = new Set<string>([ENTRY]);
  const added: BundleFile[] = [];

  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${info.hash}.pf_meta`;
    const metaFile = byPath.get(metaPath);
    if (!metaFile) throw new BundleFormatError(metaPath, 'missing');
    // [version, pages, chunks, filters, sorts, meta fields]; the last three pass through.
    const meta = fields(unpack(metaFile), 6, metaPath, 'the metadata');
    const [version, pages, chunks] = [meta[0], list(meta[1], metaPath, 'pages'), list(meta[2], metaPath, 'index chunks')];
    if (version !== entry.version) throw new BundleFormatError(metaPath, `version ${String(version)}, entry says ${entry.version}`);
    replaced.add(metaPath);

    // Pages: [fragment hash, word count, fragment group]. Grouped fragments (pagefind's
    // maxFragments) are left as they are; a page with its own fragment file gets a short name.
    const pageFields = pages.map((p, i) => fields(p, 3, metaPath, `page ${i}`));
    const pageIds = pageFields.map((page, i) => text(page[0], metaPath, `page ${i}'s hash`));
    const build = sha256(pageIds.join(',')).slice(0, 6);
    pageFields.forEach((page, i) => {
      if (typeof page[1] !== 'number') throw new BundleFormatError(metaPath, `page ${i}'s word count is not a number`);
      page[1] = roundWordCount(page[1]);
      if (text(page[2], metaPath, `page ${i}'s fragment group`) !== '') return;
      const fragmentPath = `fragment/${pageIds[i]}.pf_fragment`;
      const fragment = byPath.get(fragmentPath);
      if (!fragment) throw new BundleFormatError(fragmentPath, `missing (page ${i})`);
      const id = `${build}_${i.toString(36)}`;
      page[0] = id;
      replaced.add(fragmentPath);
      added.push({ path: `fragment/${id}.pf_fragment`, content: fragment.content });
    });

    // Word index: pagefind's chunks in order hold the sorted word list, each bounded in the
    // metadata as chunkBounds says. Both are checked, since the new cut relies on them.
    const runs = chunks.map((c, i) => {
      const [from, to, hash] = fields(c, 3, metaPath, `chunk ${i}`).map((f, j) => text(f, metaPath, `chunk ${i}'s field ${j}`));
      const chunkPath = `index/${hash}.pf_index`;
      const chunkFile = byPath.get(chunkPath);
      if (!chunkFile) throw new BundleFormatError(chunkPath, 'missing');
      const entries = list(fields(unpack(chunkFile), 1, chunkPath, 'the chunk')[0], chunkPath, 'words');
      const words = entries.map((w, j) => text(fields(w, 3, chunkPath, `word ${j}`)[0], chunkPath, `word ${j}`));
      replaced.add(chunkPath);
      return { path: chunkPath, bounds: [from!, to!], entries, words };
    });
    const words = runs.flatMap((r) => r.words);
    for (let i = 1; i < words.length; i++)
      if (compareWords(words[i - 1]!, words[i]!) >= 0)
        throw new BundleFormatError(metaPath, `the index chunks are not one sorted word list ("${words[i - 1]}" before "${words[i]}")`);
    chunkBounds(runs.map((r) => r.words)).forEach((expected, i) => {
      if (expected.join() !== runs[i]!.bounds.join())
        throw new BundleFormatError(metaPath, `chunk ${i} is bounded [${runs[i]!.bounds.join(', ')}], not [${expected.join(', ')}]`);
    });

    const wordOf = (w: CborValue) => (w as CborValue[])[0] as string;
    const cuts = cut(runs.flatMap((r) => r.entries), options.chunkBytes);
    const bounds = chunkBounds(cuts.map((run) => run.map(wordOf)));
    const taken = new Set<string>();
    meta[2] = cuts.map((run, i) => {
      const content = pack([run]);
      const digest = sha256(content);
      let length = 7;
      while (taken.has(digest.slice(0, length))) length++;
      const hash = `${language}_${digest.slice(0, length)}`;
      taken.add(digest.slice(0, length));
      added.push({ path: `index/${hash}.pf_index`, content });
      return [...bounds[i]!, hash];
    });

    const metaContent = pack(meta);
    info.hash = `${language}_${sha256(metaContent).slice(0, 15)}`;
    added.push({ path: `pagefind.${info.hash}.pf_meta`, content: metaContent });
  }

  added.push({ path: ENTRY, content: new TextEncoder().encode(JSON.stringify(entry)) });
  return [...files.filter((f) => !replaced.has(f.path)), ...added];
}

/**
 * compactBundle, failing open: when the bundle is not in the format it knows (another pagefind
 * version, or anything else it checks), pagefind's own files come back unchanged, valid and only
 * heavier, with a one-line warning saying what was unexpected and how to fix it. Never half a
 * compaction: compactBundle builds its output apart and returns it whole or not at all.
 */
export function tryCompactBundle(
  files: readonly BundleFile[],
  options: CompactOptions,
): { files: readonly BundleFile[]; warning?: string } {
  try {
    return { files: compactBundle(files, options) };
  } catch (error) {
    if (!(error instanceof BundleFormatError)) throw error;
    return {
      files,
      warning:
        `search index not compacted: ${error.message}. Shipping pagefind's own bundle instead (valid; first queries download more). ` +
        `To fix: install pagefind ${SUPPORTED_PAGEFIND} as package.json pins it (npm ci), or check the new format against ` +
        'src/lib/search/compact-bundle.ts with tests/integration/compact-bundle.test.ts and update SUPPORTED_PAGEFIND.',
    };
  }
}
