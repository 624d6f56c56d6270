/** Where a local build says it lives when SITE_URL is not set: the address `npm start` serves. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The site's public origin, from the SITE_URL build variable (or the local default), without a
 * trailing slash. Canonical URLs, previews, the sitemap and copied links are all built from it, so a
 * value that is not an http(s) origin fails the build instead of publishing broken links.
 */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://ports.example.org; got "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (or http:// for a local build); got "${raw}".`);
  }
  // Every link on the site is root-relative (/ports/626/), so the site cannot live under a path.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin without a path, e.g. ${url.origin}; got "${raw}". The site is served from the root.`);
  }
  return url.origin;
}

/** The site's name, in titles, previews and structured data. */
export const SITE_NAME = 'Port Atlas';
