/** Browser side of the site search: loads pagefind on demand and turns its results into port hits. */
import { BUNDLE_DIR, RANKING, type FilterName } from '../../lib/search/search-config.ts';

/** The part of pagefind's browser API the site uses (pagefind ships no types for it). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Partial<Record<FilterName, string>> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** One search result: a port page, with what the result list shows of it. */
export interface PortHit {
  url: string;
  /** The port number, or null for a page that is not a port page. */
  port: number | null;
  /** The port's names, comma-separated; empty for a reserved port. */
  names: string;
  title: string;
  /** The one-line summary of the port. */
  summary: string;
  /** Pagefind's excerpt around the match: escaped text with <mark> around matched words. */
  excerpt: string;
}

/** The outcome of one query: how many pages match, and a way to load any slice of them. */
export interface PortResults {
  total: number;
  load(offset: number, count: number): Promise<PortHit[]>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads pagefind and its index metadata once, on first use: nothing of the search downloads
 * until someone focuses a search field or opens /search/. A failed load can be retried.
 */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${import.meta.env.BASE_URL}${BUNDLE_DIR}/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    // On the main thread: the index is small enough to search there, and a worker would cost
    // another download and a `worker-src` in the CSP.
    await api.options({ noWorker: true, excerptLength: 20, ranking: RANKING });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

async function toHit(result: PagefindResult): Promise<PortHit> {
  const { url, excerpt, meta } = await result.data();
  const port = meta.port === undefined ? NaN : Number(meta.port);
  return {
    url,
    port: Number.isInteger(port) ? port : null,
    names: meta.names ?? '',
    title: meta.title ?? url,
    summary: meta.summary ?? '',
    excerpt,
  };
}

/**
 * Searches the index. `exact` matches the whole word only (used for numbers, where a prefix
 * search for "80" would also return 800-809 and 8000-8099).
 */
export async function searchPorts(
  text: string,
  { exact = false, filters = {} }: { exact?: boolean; filters?: Partial<Record<FilterName, string>> } = {},
): Promise<PortResults> {
  const api = await loadPagefind();
  const found = await api.search(exact ? `"${text}"` : text, { filters });
  const results = found?.results ?? [];
  return {
    total: results.length,
    load: (offset, count) => Promise.all(results.slice(offset, offset + count).map(toHit)),
  };
}
