/**
 * Page weight per page type: the HTML plus the CSS it loads must fit the first round trip of a new
 * connection (14 KB gzip), and the page kinds that repeat by the ten thousand a raw size
 * (rawBudget); JavaScript loaded before any interaction at most 4 KB gzip; no
 * render-blocking external script; no web fonts. Prints raw, gzip and brotli bytes.
 * Usage: node scripts/checks/page-weight.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileForPath, formatBytes } from './dist-files.ts';
import { ARTICLE_BUDGET, PAGE_TYPES } from './page-types.ts';

const FIRST_ROUND_TRIP = 14 * 1024;
const JS_BUDGET = 4 * 1024;
const dist = resolve(process.argv[2] ?? 'dist');

const sizes = (text: string) => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
  brotli: brotliCompressSync(text).length,
});
const read = (path: string) => readFileSync(join(dist, fileForPath(path)), 'utf8');

/** A module and every module it imports statically, each once. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = read(entry);
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    moduleGraph(new URL(m[1]!, `http://x${entry}`).pathname, seen);
  }
  return seen;
}

const problems: string[] = [];
const rows: string[][] = [];
for (const type of PAGE_TYPES) {
  const file = join(dist, fileForPath(type.path));
  if (!existsSync(file)) {
    problems.push(`${type.path} (${type.name}): not built. Hint: build the site first (npm run build).`);
    continue;
  }
  const html = readFileSync(file, 'utf8');
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => read(m[1]!));
  const css = cssFiles.join('\n');
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
  const external = scripts.map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1]).filter((s): s is string => !!s);
  const js = [...new Set(external.flatMap((src) => [...moduleGraph(src)]))].map(read).join('\n');
  // Each file travels compressed on its own, so the page's cost is the sum of their sizes.
  const page = [html, ...cssFiles].map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  const script = sizes(js);
  const htmlSize = sizes(html);
  rows.push([type.name, type.path, ...[htmlSize, sizes(css), page, script].map((s) => `${s.raw}/${s.gzip}/${s.brotli}`)]);

  const budget = type.budget ?? FIRST_ROUND_TRIP;
  if (type.budgeted && page.gzip > budget) {
    problems.push(`${type.path} (${type.name}): HTML+CSS is ${formatBytes(page.gzip)} gzip, over its ${formatBytes(budget)}. Hint: trim repeated markup or unused CSS.`);
  }
  if (type.rawBudget !== undefined && htmlSize.raw > type.rawBudget) {
    problems.push(`${type.path} (${type.name}): its HTML is ${formatBytes(htmlSize.raw)} raw, over its ${formatBytes(type.rawBudget)}. Hint: this markup repeats on tens of thousands of pages; move what repeats to CSS or a script.`);
  }
  if (script.gzip > JS_BUDGET) {
    problems.push(`${type.path} (${type.name}): ${formatBytes(script.gzip)} gzip of JavaScript before interaction, over 4 KB. Hint: load it on demand (dynamic import on first use).`);
  }
  for (const attrs of scripts) {
    if (/src=/.test(attrs) && !/type="module"|\sasync|\sdefer/.test(attrs)) {
      problems.push(`${type.path} (${type.name}): render-blocking <script${attrs}>. Hint: make it a module, async or defer.`);
    }
  }
  if (/@font-face/.test(css)) {
    problems.push(`${type.path} (${type.name}): the CSS loads a web font. Hint: use the system font stack, or self-host a subset.`);
  }
}

const header = ['page type', 'path', 'HTML raw/gz/br', 'CSS raw/gz/br', 'HTML+CSS raw/gz/br', 'JS raw/gz/br'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`(bytes; budget: HTML+CSS <= ${FIRST_ROUND_TRIP} gzip on budgeted pages, ${ARTICLE_BUDGET} on article pages, JS before interaction <= ${JS_BUDGET} gzip)`);
if (problems.length) {
  for (const p of problems) console.error(`page-weight: ${p}`);
  process.exit(1);
}
