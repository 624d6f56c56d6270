import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');

/**
 * A throwaway copy of the site whose content folder holds only the given files
 * (paths relative to content/, e.g. "ports/626.mdx" or "software/hugo.yaml").
 * Source and dependencies are linked, not copied.
 */
export function siteWithContent(files: Record<string, string>): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'port-atlas-fixture-'));
  for (const dir of ['src', 'node_modules']) symlinkSync(join(repo, dir), join(root, dir));
  for (const file of ['package.json', 'astro.config.mjs', 'tsconfig.json']) copyFileSync(join(repo, file), join(root, file));
  for (const dir of ['content/ports', 'content/software']) mkdirSync(join(root, dir), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * `astro sync` over a fixture site holding just `files`; call `removeFixtures()` after the tests.
 * Each test file makes its own syncer so fixtures are removed with the file's tests.
 */
export function fixtureSyncer() {
  const fixtures: { remove(): void }[] = [];
  return {
    syncWith(files: Record<string, string>) {
      const site = siteWithContent(files);
      fixtures.push(site);
      return astroSync(site.root);
    },
    removeFixtures: () => fixtures.forEach((f) => f.remove()),
  };
}

/** Runs `astro sync` (which loads and validates every collection) and returns its exit code and output. */
export function astroSync(root: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
