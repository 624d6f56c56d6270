import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPortIndex } from '../model/load-port-index.ts';
import { sitemapChunks, toSitemapEntry, type SitePage } from '../page-data/site-pages.ts';
import { urlsetXml } from '../lib/sitemap/sitemap-xml.ts';

export const getStaticPaths = (async () =>
  sitemapChunks(await loadPortIndex()).map((pages, n) => ({ params: { n: String(n) }, props: { pages } }))) satisfies GetStaticPaths;

/** One sitemap file: at most 50,000 page URLs. */
export const GET: APIRoute<{ pages: SitePage[] }> = ({ props, site }) =>
  new Response(urlsetXml(props.pages.map((page) => toSitemapEntry(page, site!))), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
