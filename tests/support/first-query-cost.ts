import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** One response of a first query: its path, body bytes and bytes on the wire. */
export interface Fetched {
  path: string;
  raw: number;
  sent: number;
}

// Pagefind's own files arrive gzip-compressed already; scripts and JSON are compressed by the host.
const transferSize = (path: string, body: Buffer) =>
  /\.(js|json|css|html)$/.test(path) ? gzipSync(body).length : body.length;

/**
 * What the browser fetches from focusing the header search field of a port page to showing the
 * results of `query`, typed key by key, with gzip sizes as a static host sends them. Done when
 * nothing more arrives for a while (a port number is answered before the index loads).
 */
export async function firstQueryCost(browser: Browser, siteUrl: string, query: string): Promise<Fetched[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${siteUrl}/ports/22/`);
    await page.waitForLoadState('networkidle');
    const fetched: Fetched[] = [];
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      const body = await response.body().catch(() => Buffer.alloc(0));
      fetched.push({ path, raw: body.length, sent: transferSize(path, body) });
    });
    await page.focus('#site-search');
    await page.keyboard.type(query);
    let seen = -1;
    while (seen !== fetched.length) {
      seen = fetched.length;
      await page.waitForTimeout(750);
    }
    return fetched;
  } finally {
    await page.close();
  }
}
