import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/links/page-url.ts';

/** Every page may be crawled; the sitemap index lists them all. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
