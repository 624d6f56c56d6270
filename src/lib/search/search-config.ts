// Extensions spelled out: the build integration loads this file under plain Node too.
import { PORT_RANGES } from '../ports/port-range.ts';
import { TRANSPORTS } from '../ports/transports.ts';

/**
 * How the search index is built and queried, in one place: the build (src/site-steps/search-index.ts)
 * and the browser (src/browser/search/) must agree on it.
 */

/**
 * Index without a language's stemmer. Port names are not English words: stemmed, "imaps" and
 * "imap" become one word and the wrong port can win. It also picks pagefind's smaller
 * language-neutral WebAssembly.
 */
export const INDEX_LANGUAGE = 'unknown';

/**
 * Largest word-index chunk, in bytes before compression (see compact-bundle.ts). A query loads the
 * chunk holding each of its words, so smaller chunks make a first query lighter, until the list of
 * chunks every query loads outweighs them: `npm run bench:search` prints first-query bytes to
 * compare values by.
 */
export const INDEX_CHUNK_BYTES = 6_000;

/** Where the index is written and served, relative to the site root. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Ranking for pagefind's search. `termSimilarity` well above its default of 1 makes an exact word
 * outrank a longer word it starts: "telnet" puts telnet (23) above telnets (992), "80" puts 80
 * above 8080. Names get a boost when they match; the title repeats the names, so it gets none.
 * Article pages are long: with pagefind's default length normalisation (`pageLength` 0.75) and
 * term frequency (1), "ssh" ranked a two-line page that mentions SSH above the SSH article, so
 * both are turned down and the weighted name words decide (tests/site/search.test.ts holds the cases).
 */
export const RANKING = {
  termSimilarity: 10,
  pageLength: 0.1,
  termFrequency: 0.3,
  metaWeights: { names: 3, title: 1 },
} as const;

/** The filters each indexed port page carries, with the values they take. */
export const FILTERS = {
  range: PORT_RANGES.map((r) => r.name),
  transport: TRANSPORTS.map((t) => t.toUpperCase()),
};

export type FilterName = keyof typeof FILTERS;
