import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectsFile } from '../lib/links/redirects-file.ts';
import { buildShard } from '../lib/ports/ports-to-build.ts';

/** Writes `_redirects` into the built site at `dir`; returns how many top-level entries it covers. */
export async function writeRedirectsFile(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true });
  await writeFile(join(dir, '_redirects'), redirectsFile(entries.map((e) => ({ name: e.name, folder: e.isDirectory() }))));
  return entries.length;
}

/**
 * Writes dist/_redirects once the site is built, from what is really at the top of dist/ (see
 * redirectsFile for why that matters). List it after integrations that add files to dist/.
 */
export function redirectsFileIntegration(): AstroIntegration {
  return {
    name: 'port-atlas:redirects-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A sharded build writes it once the shards are merged and the search index is in place.
        if (buildShard().count > 1) return;
        const entries = await writeRedirectsFile(fileURLToPath(dir));
        logger.info(`_redirects written: short links for ${entries} top-level entries`);
      },
    },
  };
}
