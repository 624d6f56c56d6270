// The build runner (scripts/) and the integrations astro.config.mjs loads run under plain Node,
// which resolves a relative import only with its file extension; Vite (astro build) resolves it
// without. An extensionless import deep in that graph breaks `npm run build` but not `astro build`,
// so this walks the graph from every plain-Node entry point and names the file and the import.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const entries = [
  'astro.config.mjs',
  // Worker threads, started by URL rather than imported.
  'src/site-steps/port-pages-worker.ts',
  'src/lib/cards/card-worker.ts',
  ...['scripts', 'scripts/lib', 'scripts/checks'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`),
  ),
];

/** Relative imports that Node evaluates: `import type` lines are erased and do not count. */
function valueImports(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(?!type\s)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) specs.push(m[2]!);
  for (const m of text.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

describe('modules loaded under plain Node', () => {
  it('import local modules with their file extension, all the way down', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of valueImports(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), spec);
        if (!/\.(ts|mjs|js|json)$/.test(spec) || !existsSync(target)) {
          problems.push(`${relative(root, file)}: import "${spec}" needs its extension (.ts): plain Node cannot resolve it`);
          continue;
        }
        if (/\.(ts|mjs|js)$/.test(target)) visit(target);
      }
    };
    for (const entry of entries) visit(join(root, entry));
    expect(seen.size).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
