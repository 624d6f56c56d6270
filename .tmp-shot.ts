import { mkdirSync } from 'node:fs';
import { launchChromium } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/static-server.ts';
const paths = process.argv.slice(2);
mkdirSync('/tmp/shots', { recursive: true });
const site = await serveStatic('dist');
const browser = await launchChromium();
for (const [scheme, width, h] of [['light', 390, 844], ['dark', 1280, 900]] as const) {
  const page = await browser.newPage({ viewport: { width, height: h }, colorScheme: scheme });
  for (const path of paths) {
    await page.goto(site.url + path);
    await page.screenshot({ path: `/tmp/shots/${path.replace(/\W+/g, '_')}-${width}-${scheme}.png`, fullPage: process.env.FULL === '1' });
  }
  await page.close();
}
await browser.close(); await site.close();
