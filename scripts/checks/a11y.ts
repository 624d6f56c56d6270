/**
 * axe-core (WCAG 2.0-2.2 A and AA rules) in headless Chromium on every page type, in light and
 * dark, at phone (375 px) and desktop (1280 px) widths. Zero violations allowed.
 * Usage: node scripts/checks/a11y.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { PAGE_TYPES } from './page-types.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const site = await serveStatic(dist);
const browser = await launchChromium();
let violations = 0;
let runs = 0;
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const type of PAGE_TYPES) {
        await page.goto(site.url + type.path);
        await page.addScriptTag({ content: axeSource });
        const found = (await page.evaluate(
          (tags) => (window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe
            .run({ runOnly: { type: 'tag', values: tags } })
            .then((r) => r.violations),
          TAGS,
        )) as AxeViolation[];
        runs++;
        for (const v of found) {
          violations++;
          console.error(`a11y: ${type.path} (${scheme}, ${width}px) ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`a11y: ${runs} axe runs (${PAGE_TYPES.length} page types x light/dark x 375/1280 px), ${violations} violation(s)`);
if (violations) {
  console.error('a11y: fix the component named by the selector; https://dequeuniversity.com/rules/axe/ explains each rule.');
  process.exit(1);
}
