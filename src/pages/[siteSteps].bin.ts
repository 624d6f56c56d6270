import { serialize } from 'node:v8';
import type { APIRoute, GetStaticPaths } from 'astro';
import { readBuildConfig } from '../config/build-config.ts';
import { portsInSite } from '../config/site-ports.ts';
import { loadPortIndex, loadPortIndexInput } from '../model/load-port-index.ts';
import { BUILD_DATE } from '../model/open-data.ts';
import { previewCards } from '../page-data/preview-cards.ts';
import { searchPageFiles } from '../page-data/search-pages.ts';
import { SITE_STEPS_FILE, type SiteStepsInput } from '../site-steps/site-steps-input.ts';

/**
 * What the whole-site steps work on (src/site-steps/site-steps.ts), computed from the data and
 * written beside the site; the steps delete the file once they have read it.
 */
export const getStaticPaths = (() => [{ params: { siteSteps: SITE_STEPS_FILE.replace(/\.bin$/, '') } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const config = readBuildConfig();
  const index = await loadPortIndex();
  const ports = portsInSite(config.ports);
  const input: SiteStepsInput = {
    portPages: { index: await loadPortIndexInput(), ports, site: site!.href, feedbackUrl: config.feedbackUrl ?? '', issueUrl: config.issueUrl, generated: BUILD_DATE },
    searchPages: searchPageFiles(index, ports),
    cards: previewCards(index).map(({ path, content }) => ({ path, content })),
  };
  return new Response(serialize(input));
};
