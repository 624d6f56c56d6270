import { formatDate } from '../dates/calendar-date.ts';

/** One URL of a sitemap, or one sitemap of a sitemap index. */
export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** When its content last changed, where the data says; null when unknown (the tag is left out). */
  lastmod: Date | null;
}

/** The sitemaps protocol's limit of URLs per file (sitemaps.org); the index lists the files. */
export const MAX_URLS_PER_SITEMAP = 50_000;

/** Splits entries into consecutive chunks of at most `limit`. */
export function splitIntoSitemaps<T>(entries: readonly T[], limit = MAX_URLS_PER_SITEMAP): T[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive whole number, got ${limit}`);
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A sitemaps.org document: the root element around one child element per entry. */
function sitemapDocument(root: 'urlset' | 'sitemapindex', tag: 'url' | 'sitemap', entries: readonly SitemapEntry[]): string {
  const children = entries.map(
    (e) => `<${tag}><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${formatDate(e.lastmod)}</lastmod>` : ''}</${tag}>`,
  );
  const open = `<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', open, ...children, `</${root}>`, ''].join('\n');
}

/** A sitemap file: <urlset> with one <url> per page. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  if (entries.length > MAX_URLS_PER_SITEMAP) {
    throw new RangeError(`a sitemap holds at most ${MAX_URLS_PER_SITEMAP} URLs, got ${entries.length}`);
  }
  return sitemapDocument('urlset', 'url', entries);
}

/** A sitemap index: <sitemapindex> with one <sitemap> per sitemap file. */
export function sitemapIndexXml(sitemaps: readonly SitemapEntry[]): string {
  return sitemapDocument('sitemapindex', 'sitemap', sitemaps);
}
