import type { CardJob } from '../lib/cards/write-cards.ts';
import type { PortPagesInput } from './port-pages-input.ts';

/**
 * The file the build writes at the top of the built site for the whole-site steps (site-steps.ts):
 * what they work on, computed from the data (src/pages/[siteSteps].bin.ts). They delete it. In
 * V8's serialization format (node:v8), which keeps the collections' dates as dates.
 */
export const SITE_STEPS_FILE = 'site-steps.bin';

/** What the steps work on: the port pages to write, the pages to index (built files, relative to the site) and the cards. */
export interface SiteStepsInput {
  portPages: PortPagesInput;
  searchPages: string[];
  cards: CardJob[];
}
