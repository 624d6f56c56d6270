// Parts of the pages that only work with JavaScript are made by their scripts (copy buttons, the
// page links, the search hint, the feedback widget's code), their places held by CSS: loading
// them must not move what a reader is looking at. Measured with the browser's layout-shift entries.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedInChromium } from '../support/served-chromium';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');

describe.skipIf(skipWithout(existsSync(dist)))('layout shift while scripts make their parts', () => {
  const served = servedInChromium(dist);

  it.each([
    ['/ports/40413/', 390],
    ['/ports/40413/', 1280],
    ['/ports/22/', 390],
    ['/ports/65000/', 1280],
    ['/software/grafana/', 390],
  ])('%s at %i px moves by less than 0.01 (CLS), down to the feedback widget', async (path, width) => {
    const page = await served.browser.newPage({ viewport: { width, height: 844 } });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(served.site.url + path, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('copy-button button').length > 0);
    // Near the widget its code loads (src/browser/feedback-on-demand.ts).
    await page.locator('feedback-widget').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => customElements.get('feedback-widget') !== undefined);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    await page.close();
  });
});
