/**
 * Lighthouse (mobile preset) scores for the home page, an article page and an unassigned page,
 * served from dist/ on 127.0.0.1 and run in Debian's Chromium. Slow (seconds a page), so it
 * is a script that prints scores, not part of every CI pass. Exits 1 if a score is below 100.
 * Usage: npm run lighthouse
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { resolve } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

const PAGES = ['/', '/ports/626/', '/ports/65000/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const site = await serveStatic(resolve(process.argv[2] ?? 'dist'), { applyHeaders: true });
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: CHROMIUM_FLAGS,
});
let below = 0;
try {
  for (const path of PAGES) {
    const result = await lighthouse(site.url + path, { port: chrome.port, output: 'json', onlyCategories: CATEGORIES, logLevel: 'error' });
    const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    below += scores.filter((s) => s < 100).length;
    console.log(`${path.padEnd(16)} ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join('  ')}`);
    for (const audit of Object.values(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
        console.log(`    ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  await site.close();
}
if (below) process.exit(1);
