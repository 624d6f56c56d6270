/**
 * The page's public address (its canonical link, built from SITE_URL), also when it is read on a
 * preview host; the address without its #fragment where a page has no canonical link (404).
 */
export const canonicalUrl = (): string =>
  document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href.split('#')[0]!;
