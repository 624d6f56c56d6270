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
 * The files are pagefind's own CBOR formats (version-checked: see SUPPORTED_VERSIONS); only names,
 * chunk boundaries and rounded word counts change, every word entry is copied as it was.
 */

/** Page word counts are rounded to a multiple of this (at least one step). */
export const WORD_COUNT_STEP = 32;

/** A page's word count as the compacted metadata keeps it. */
export function roundWordCount(count: number): number {
  return Math.max(WORD_COUNT_STEP, Math.round(count / WORD_COUNT_STEP) * WORD_COUNT_STEP);
}

/** The pagefind releases whose file formats this was written and tested against. */
export const SUPPORTED_VERSIONS = ['1.6.0'];

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

/**
 * The shortest prefixes that still tell two neighbouring words apart, as pagefind computes the
 * `to` of one chunk and the `from` of the next (compared by Unicode scalar values).
 */
export function boundaryPrefixes(last: string, first: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(first);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
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

/**
 * Returns the compacted bundle. Files other than the entry, the metadata, fragments and word
 * index chunks (the WebAssembly, pagefind.js, filter indexes) pass through unchanged.
 */
export function compactBundle(files: readonly BundleFile[], options: CompactOptions): BundleFile[] {
  const entryFile = files.find((f) => f.path === 'pagefind-entry.json');
  if (!entryFile) throw new BundleFormatError('pagefind-entry.json', 'missing');
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as {
    version: string;
    languages: Record<string, { hash: string; page_count: number }>;
  };
  if (!SUPPORTED_VERSIONS.includes(entry.version))
    throw new BundleFormatError(
      'pagefind-entry.json',
      `written by pagefind ${entry.version}; compactBundle supports ${SUPPORTED_VERSIONS.join(', ')}. ` +
        'Check that its metadata and index formats are unchanged, then add the version.',
    );

  const byPath = new Map(files.map((f) => [f.path, f]));
  const replaced = new Set<string>(['pagefind-entry.json']);
  const added: BundleFile[] = [];

  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${info.hash}.pf_meta`;
    const metaFile = byPath.get(metaPath);
    if (!metaFile) throw new BundleFormatError(metaPath, 'missing');
    const meta = list(unpack(metaFile), metaPath, 'the metadata');
    const [version, pages, chunks] = [meta[0], list(meta[1], metaPath, 'pages'), list(meta[2], metaPath, 'index chunks')];
    if (version !== entry.version) throw new BundleFormatError(metaPath, `version ${String(version)}, entry says ${entry.version}`);
    replaced.add(metaPath);

    // Pages: [fragment hash, word count, fragment group]. Grouped fragments (pagefind's
    // maxFragments) are left as they are; a page with its own fragment file gets a short name.
    const pageIds = pages.map((p, i) => text(list(p, metaPath, `page ${i}`)[0], metaPath, `page ${i}'s hash`));
    const build = sha256(pageIds.join(',')).slice(0, 6);
    pages.forEach((p, i) => {
      const page = p as CborValue[];
      if (typeof page[1] !== 'number') throw new BundleFormatError(metaPath, `page ${i}'s word count is not a number`);
      page[1] = roundWordCount(page[1]);
      if (page[2] !== '') return;
      const fragmentPath = `fragment/${pageIds[i]}.pf_fragment`;
      const fragment = byPath.get(fragmentPath);
      if (!fragment) throw new BundleFormatError(fragmentPath, `missing (page ${i})`);
      const id = `${build}_${i.toString(36)}`;
      page[0] = id;
      replaced.add(fragmentPath);
      added.push({ path: `fragment/${id}.pf_fragment`, content: fragment.content });
    });

    // Word index: chunks in order hold the sorted word list; cut it again, finer.
    const words: CborValue[] = [];
    for (const [i, c] of chunks.entries()) {
      const hash = text(list(c, metaPath, `chunk ${i}`)[2], metaPath, `chunk ${i}'s hash`);
      const chunkPath = `index/${hash}.pf_index`;
      const chunkFile = byPath.get(chunkPath);
      if (!chunkFile) throw new BundleFormatError(chunkPath, 'missing');
      const body = list(unpack(chunkFile), chunkPath, 'the chunk');
      if (body.length !== 1) throw new BundleFormatError(chunkPath, `expected [words], found ${body.length} fields`);
      words.push(...list(body[0], chunkPath, 'words'));
      replaced.add(chunkPath);
    }
    const wordOf = (w: CborValue) => text(list(w, 'index', 'a word entry')[0], 'index', 'a word');
    const runs = cut(words, options.chunkBytes);
    const bounds = runs.map((run) => [wordOf(run[0]!), wordOf(run.at(-1)!)]);
    for (let i = 0; i + 1 < bounds.length; i++)
      [bounds[i]![1], bounds[i + 1]![0]] = boundaryPrefixes(bounds[i]![1]!, bounds[i + 1]![0]!);
    const taken = new Set<string>();
    meta[2] = runs.map((run, i) => {
      const content = pack([run]);
      const digest = sha256(content);
      let length = 7;
      while (taken.has(digest.slice(0, length))) length++;
      const hash = `${language}_${digest.slice(0, length)}`;
      taken.add(digest.slice(0, length));
      added.push({ path: `index/${hash}.pf_index`, content });
      return [bounds[i]![0]!, bounds[i]![1]!, hash];
    });

    const metaContent = pack(meta);
    info.hash = `${language}_${sha256(metaContent).slice(0, 15)}`;
    added.push({ path: `pagefind.${info.hash}.pf_meta`, content: metaContent });
  }

  added.push({ path: 'pagefind-entry.json', content: new TextEncoder().encode(JSON.stringify(entry)) });
  return [...files.filter((f) => !replaced.has(f.path)), ...added];
}
