import { latestDate } from '../lib/dates/calendar-date.ts';
import { siteUrl } from '../lib/links/page-url.ts';
import { readBuildConfig } from '../config/build-config.ts';
import { portsInSite } from '../config/site-ports.ts';
import { splitIntoSitemaps, type SitemapEntry } from '../lib/sitemap/sitemap-xml.ts';
import { PORT_BLOCKS } from '../model/port-blocks.ts';
import type { PortIndex } from '../model/port-index.ts';

/** A page of the site: its root-relative path and when its content last changed (null when unknown). */
export interface SitePage {
  path: string;
  lastmod: Date | null;
}

/**
 * Every page the build writes except the 404 page, with when its content last changed where the
 * data says so. A page added to src/pages must be added here; the built-site tests compare this
 * list (through the sitemaps) with the HTML files in dist/.
 */
export function sitePages(index: PortIndex): SitePage[] {
  // A browse page lists registry records only, so only their dates count for it.
  const blockDate = (first: number, last: number) => {
    const dates: (Date | null)[] = [];
    for (let port = first; port <= last; port++) {
      for (const r of index.recordsOf(port)) dates.push(r.modified ? new Date(r.modified) : null);
    }
    return latestDate(dates);
  };
  return [
    { path: '/', lastmod: null },
    { path: '/ports/', lastmod: null },
    ...PORT_BLOCKS.map((b) => ({ path: `/ports/list/${b.slug}/`, lastmod: blockDate(b.first, b.last) })),
    ...portsInSite(readBuildConfig().ports).map((port) => ({ path: `/ports/${port}/`, lastmod: index.lastModifiedOf(port) })),
    { path: '/search/', lastmod: null },
    { path: '/data/', lastmod: null },
    { path: '/pick-a-port/', lastmod: null },
    { path: '/software/', lastmod: null },
    ...index.software.map((s) => ({ path: `/software/${s.slug}/`, lastmod: null })),
  ];
}

/** The site's pages split into sitemap files of at most 50,000 URLs each. */
export function sitemapChunks(index: PortIndex): SitePage[][] {
  return splitIntoSitemaps(sitePages(index));
}

/** A page as a sitemap entry, with its absolute URL. */
export const toSitemapEntry = (page: SitePage, site: URL): SitemapEntry => ({ url: siteUrl(page.path, site), lastmod: page.lastmod });

/** Root-relative path of the n-th sitemap file (from 0). */
export const sitemapPath = (n: number) => `/sitemap-${n}.xml`;
