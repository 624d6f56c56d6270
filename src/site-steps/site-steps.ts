/**
 * The steps that need the whole built site, run once after Astro: the port pages Astro leaves to
 * them (port-pages.ts), the preview cards, the search index, `_headers` and `_redirects`. What
 * they work on comes from the data, not from rendering: the build writes it into the site
 * (site-steps-input.ts) and the steps read and delete it.
 * Plain Node loads this module, so its imports carry their .ts extension.
 */
import { readFile, rm } from 'node:fs/promises';
import { deserialize } from 'node:v8';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildConfig, type BuildConfig } from '../config/build-config.ts';
import { cardCacheDir } from '../lib/cards/render-card.ts';
import { writeCards } from '../lib/cards/write-cards.ts';
import { writePortPages } from './port-pages.ts';
import { writeRedirectsFile } from './redirects-file.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { SITE_STEPS_FILE, type SiteStepsInput } from './site-steps-input.ts';

/** Reads and deletes the steps' input in the built site at `root`; fails naming the file when it is missing or malformed. */
async function takeInput(root: string): Promise<SiteStepsInput> {
  const file = join(root, SITE_STEPS_FILE);
  const bytes = await readFile(file).catch(() => {
    throw new Error(`${file} is missing: the build (src/pages/[siteSteps].bin.ts) did not write it`);
  });
  await rm(file);
  const input = deserialize(bytes) as Partial<SiteStepsInput>;
  if (!input.portPages || !Array.isArray(input.portPages.ports) || !input.portPages.index) throw new Error(`${file}: portPages must name the ports and carry the index's data`);
  if (!Array.isArray(input.searchPages) || !input.searchPages.every((p) => typeof p === 'string')) throw new Error(`${file}: searchPages must be a list of page files`);
  if (!Array.isArray(input.cards)) throw new Error(`${file}: cards must be a list`);
  return input as SiteStepsInput;
}

/** One line per step, for the build log. */
export async function runSiteSteps(root: string, config: BuildConfig, projectRoot = process.cwd()): Promise<string[]> {
  const input = await takeInput(root);
  // First: the search index reads the port pages.
  const pages = await writePortPages(root, input.portPages);
  // The cards render in worker threads while pagefind indexes in its own process.
  const [cards, search] = await Promise.all([
    writeCards(root, input.cards, cardCacheDir(projectRoot, config.cardCache)),
    buildSearchIndex(root, undefined, input.searchPages),
  ]);
  const hashes = writeSecurityHeaders(root, config.feedbackUrl);
  // Last: it lists what is at the top of the site, which the steps before add to.
  const entries = await writeRedirectsFile(root);
  return [
    `port pages: ${pages.pages} written and ${pages.compared} compared with Astro's, ${pages.dataFiles} data files, ${(pages.bytes / 1024 / 1024).toFixed(0)} MB, by ${pages.workers} workers in ${pages.seconds.toFixed(1)} s`,
    `cards: ${cards.cards} (${cards.rendered} rendered, ${cards.cached} from the cache) in ${cards.seconds.toFixed(1)} s`,
    `search index: ${search.indexed} pages in ${search.seconds.toFixed(1)} s, ${search.files} files, ${(search.bytes / 1024 / 1024).toFixed(1)} MB`,
    `_headers: ${hashes} inline script hash(es); _redirects: short links for ${entries} top-level entries`,
  ];
}

/** Runs the whole-site steps at the end of `astro build`. */
export function siteSteps(): AstroIntegration {
  return {
    name: 'port-atlas:site-steps',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const config = readBuildConfig();
        for (const line of await runSiteSteps(fileURLToPath(dir), config)) logger.info(line);
      },
    },
  };
}
