import type { APIRoute } from 'astro';
import { loadPortIndex } from '../data/port-index';
import { portsInSite } from '../lib/ports/ports-to-build';
import { searchPageFiles } from '../page-data/search-pages';

/**
 * The pages the search index reads, written beside the site for the index step
 * (src/integrations/search-index.ts), which deletes the file once it has read it.
 */
export const GET: APIRoute = async () => Response.json(searchPageFiles(await loadPortIndex(), portsInSite()));
