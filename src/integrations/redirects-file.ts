import { readdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { redirectsFile } from '../lib/links/redirects-file';

/**
 * Writes dist/_redirects once the site is built, from what is really at the top of dist/ (see
 * redirectsFile for why that matters). List it after integrations that add files to dist/.
 */
export function redirectsFileIntegration(): AstroIntegration {
  return {
    name: 'port-atlas:redirects-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const entries = await readdir(dir, { withFileTypes: true });
        await writeFile(new URL('_redirects', dir), redirectsFile(entries.map((e) => ({ name: e.name, folder: e.isDirectory() }))));
        logger.info(`_redirects written: short links for ${entries.length} top-level entries`);
      },
    },
  };
}
