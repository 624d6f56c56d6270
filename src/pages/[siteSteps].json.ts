import type { APIRoute, GetStaticPaths } from 'astro';
import { readBuildConfig } from '../config/build-config';
import { rendersSharedPages } from '../config/shard-plan';
import { portsInSite } from '../config/site-ports';
import { loadPortIndex } from '../model/port-index';
import { previewCards } from '../page-data/preview-cards';
import { searchPageFiles } from '../page-data/search-pages';
import { SITE_STEPS_FILE, type SiteStepsInput } from '../site-steps/site-steps-input';

/**
 * What the whole-site steps work on (src/site-steps/site-steps.ts), computed from the data and
 * written beside the site; the steps delete the file once they have read it. A route with a
 * parameter, so that only the shard that renders shared pages writes it.
 */
export const getStaticPaths = (() =>
  rendersSharedPages(readBuildConfig()) ? [{ params: { siteSteps: SITE_STEPS_FILE.replace(/\.json$/, '') } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const index = await loadPortIndex();
  const input: SiteStepsInput = {
    searchPages: searchPageFiles(index, portsInSite(readBuildConfig().ports)),
    cards: previewCards(index).map(({ path, content }) => ({ path, content })),
  };
  return Response.json(input);
};
