/** A path whose last segment has an extension (/cards/site.png, /robots.txt) names a file, not a page. */
const FILE_PATH = /\.[a-z0-9]+$/i;

/**
 * The absolute address of a page or file on the site, from a root-relative path (no query or
 * fragment). Pages always end in "/" (the build writes /ports/626/index.html, which every static
 * host serves at /ports/626/), so canonical URLs, the sitemap and copied links agree with each
 * other whichever form the reader arrived by. Plain string work: it runs several times per page.
 */
export function siteUrl(path: string, site: URL | string): string {
  if (!path.startsWith('/') || /[?#]/.test(path)) throw new Error(`siteUrl takes a root-relative path, got "${path}"`);
  const origin = typeof site === 'string' ? new URL(site).origin : site.origin;
  return path.endsWith('/') || FILE_PATH.test(path) ? `${origin}${path}` : `${origin}${path}/`;
}

/**
 * The canonical address of the page being rendered (Astro.url): the configured site (SITE_URL)
 * with the page's path. Without a configured site (components rendered alone, in tests) the
 * request's own origin stands in.
 */
export function canonicalUrl(url: URL, site: URL | undefined): string {
  return siteUrl(url.pathname, site ?? url);
}
