/**
 * html-validate (recommended rules, plus a label for every input) over every page type and a
 * fixed sample of port pages spread over all three ranges. Validating all 65,536 port pages
 * would take half an hour; the sample covers every kind of port page.
 * Usage: node scripts/checks/html-valid.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { fileForPath } from './dist-files.ts';
import { PAGE_TYPES } from './page-types.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const SAMPLE_SIZE = 1000;

/** Every 66th port from 0 (0, 66, ..., 65934) plus the range edges: a fixed, repeatable sample. */
export function portSample(): number[] {
  const step = Math.floor(65536 / SAMPLE_SIZE);
  const ports = Array.from({ length: SAMPLE_SIZE }, (_, i) => i * step);
  return [...new Set([...ports, 1023, 1024, 49151, 49152, 65535])].sort((a, b) => a - b);
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'input-missing-label': 'error',
    // Astro writes void elements as <br> and self-closes SVG children; both are valid HTML.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Tailwind's arbitrary classes ([overflow-wrap:anywhere]) are valid class names.
    'valid-id': ['error', { relaxed: true }],
  },
});

const paths = [...PAGE_TYPES.map((t) => t.path), ...portSample().map((p) => `/ports/${p}/`)];
const started = performance.now();
let errors = 0;
for (const path of paths) {
  const file = join(dist, fileForPath(path));
  if (!existsSync(file)) {
    console.error(`html-valid: ${path} was not built. Hint: npm run build first.`);
    errors++;
    continue;
  }
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  for (const result of report.results) {
    for (const m of result.messages) {
      errors++;
      if (errors <= 40) console.error(`html-valid: ${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`html-valid: ${paths.length} pages validated in ${seconds} s, ${errors} error(s)`);
if (errors) {
  console.error('html-valid: fix the markup in the component that renders it (see the rule id at https://html-validate.org/rules/).');
  process.exit(1);
}
