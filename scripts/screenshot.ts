/**
 * Screenshots built pages at phone and desktop widths, light and dark, for a human to look at.
 * Usage: node scripts/screenshot.ts [/ports/626/ ...]   (writes test-results/screens/*.png)
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/ports/626/', '/ports/65535/'];
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const site = await serveStatic('dist');
const browser = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of paths) {
      await page.goto(site.url + path);
      const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
await site.close();
