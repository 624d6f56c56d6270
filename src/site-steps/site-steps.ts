/**
 * The steps that need the whole built site, run once after Astro (or, in a sharded build, after
 * the shards are merged: scripts/lib/site-build.ts): the preview cards, the search index, `_headers`
 * and `_redirects`. What they work on comes from the data, not from rendering: the build writes it
 * into the site (site-steps-input.ts) and the steps read and delete it.
 * Plain Node loads this module, so its imports carry their .ts extension.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildConfig, type BuildConfig } from '../config/build-config.ts';
import { runsSiteSteps } from '../config/shard-plan.ts';
import { cardCacheDir } from '../lib/cards/render-card.ts';
import { writeCards } from '../lib/cards/write-cards.ts';
import { writeRedirectsFile } from './redirects-file.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { SITE_STEPS_FILE, type SiteStepsInput } from './site-steps-input.ts';

/** Reads and deletes the steps' input in the built site at `root`; fails naming the file when it is missing or malformed. */
async function takeInput(root: string): Promise<SiteStepsInput> {
  const file = join(root, SITE_STEPS_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: the build of shared pages (src/pages/site-steps.json.ts) did not write it`);
  });
  await rm(file);
  const input = JSON.parse(text) as Partial<SiteStepsInput>;
  if (!Array.isArray(input.searchPages) || !input.searchPages.every((p) => typeof p === 'string')) throw new Error(`${file}: searchPages must be a list of page files`);
  if (!Array.isArray(input.cards)) throw new Error(`${file}: cards must be a list`);
  return input as SiteStepsInput;
}

/** One line per step, for the build log. */
export async function runSiteSteps(root: string, config: BuildConfig, projectRoot = process.cwd()): Promise<string[]> {
  const input = await takeInput(root);
  // The cards render in worker threads while pagefind indexes in its own process.
  const [cards, search] = await Promise.all([
    writeCards(root, input.cards, cardCacheDir(projectRoot, config.cardCache)),
    buildSearchIndex(root, undefined, input.searchPages),
  ]);
  const hashes = writeSecurityHeaders(root, config.feedbackUrl);
  // Last: it lists what is at the top of the site, which the steps before add to.
  const entries = await writeRedirectsFile(root);
  return [
    `cards: ${cards.cards} (${cards.rendered} rendered, ${cards.cached} from the cache) in ${cards.seconds.toFixed(1)} s`,
    `search index: ${search.indexed} pages in ${search.seconds.toFixed(1)} s, ${search.files} files, ${(search.bytes / 1024 / 1024).toFixed(1)} MB`,
    `_headers: ${hashes} inline script hash(es); _redirects: short links for ${entries} top-level entries`,
  ];
}

/** Runs the whole-site steps at the end of an `astro build` that is the whole build (not one shard of it). */
export function siteSteps(): AstroIntegration {
  return {
    name: 'port-atlas:site-steps',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const config = readBuildConfig();
        if (!runsSiteSteps(config)) return;
        for (const line of await runSiteSteps(fileURLToPath(dir), config)) logger.info(line);
      },
    },
  };
}
