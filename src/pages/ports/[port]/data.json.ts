import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILD_DATE } from '../../../model/open-data';
import { loadPortIndex } from '../../../model/port-index';
import { readBuildConfig } from '../../../config/build-config';
import { portsToBuild } from '../../../config/shard-plan';
import { hasPortData } from '../../../page-data/open-data';
import { portDataFile } from '../../../page-data/port-data';
import { portSearchEntryOf } from '../../../page-data/port-page';

export const getStaticPaths = (async () => {
  const index = await loadPortIndex();
  // Each build shard writes the files of its own port pages, into the same folders.
  return portsToBuild(readBuildConfig())
    .filter((port) => hasPortData(portSearchEntryOf(index, port)))
    .map((port) => ({ params: { port: String(port) } }));
}) satisfies GetStaticPaths;

/** A port page's data as JSON, for the ports that say more than "unassigned". */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(portDataFile(await loadPortIndex(), Number(params.port), site!, BUILD_DATE), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
