import { formatDate } from '../lib/dates/calendar-date.ts';
import { readBuildConfig } from '../config/build-config.ts';
import { portsInSite } from '../config/site-ports.ts';
import { buildOpenData, type OpenData } from '../page-data/open-data.ts';
import { loadPortIndex } from './load-port-index.ts';

/** The day this build ran (UTC): every download says when it was generated. */
export const BUILD_DATE = formatDate(new Date());

/** The site's public origin (SITE_URL), which the files' schema links and page links are built from. */
const site = () => new URL(import.meta.env.SITE);

let openData: Promise<OpenData> | undefined;

/** The downloads under /data/, built on first use and shared by the files' route and the /data/ page. */
export function loadOpenData(): Promise<OpenData> {
  return (openData ??= loadPortIndex().then((index) => buildOpenData(index, portsInSite(readBuildConfig().ports), site(), BUILD_DATE)));
}
