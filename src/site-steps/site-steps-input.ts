import type { CardJob } from '../lib/cards/write-cards.ts';

/**
 * The file the build writes at the top of the built site for the whole-site steps (site-steps.ts):
 * what they work on, computed from the data (src/pages/[siteSteps].json.ts). They delete it.
 */
export const SITE_STEPS_FILE = 'site-steps.json';

/** What the steps work on: the pages to index (built files, relative to the site) and the cards to write. */
export interface SiteStepsInput {
  searchPages: string[];
  cards: CardJob[];
}
