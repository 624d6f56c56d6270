import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { serveStatic } from './static-server';

/**
 * Serves `dir` on 127.0.0.1 and starts Chromium for the tests of the enclosing describe block,
 * stopping both after them. Read `site` and `browser` inside the tests (they are set in beforeAll).
 */
export function servedInChromium(dir: string): { readonly site: { url: string }; readonly browser: Browser } {
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      return site!;
    },
    get browser() {
      return browser!;
    },
  };
}
