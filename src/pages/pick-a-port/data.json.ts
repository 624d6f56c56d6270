import type { APIRoute } from 'astro';
import { loadPortIndex } from '../../model/load-port-index.ts';
import { portClassRuns } from '../../page-data/port-choice.ts';

/** What the finder needs of every port, loaded by /pick-a-port/ only once someone uses it. */
export const GET: APIRoute = async () => Response.json({ runs: portClassRuns(await loadPortIndex()) });
