import type { APIRoute } from 'astro';
import { loadPortIndex } from '../model/load-port-index.ts';
import { sitemapChunks, sitemapPath } from '../page-data/site-pages.ts';
import { latestDate } from '../lib/dates/calendar-date.ts';
import { siteUrl } from '../lib/links/page-url.ts';
import { sitemapIndexXml } from '../lib/sitemap/sitemap-xml.ts';

/** The sitemap index that robots.txt points to: one entry per sitemap file. */
export const GET: APIRoute = async ({ site }) => {
  const files = sitemapChunks(await loadPortIndex()).map((pages, n) => ({
    url: siteUrl(sitemapPath(n), site!),
    lastmod: latestDate(pages.map((p) => p.lastmod)),
  }));
  return new Response(sitemapIndexXml(files), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
