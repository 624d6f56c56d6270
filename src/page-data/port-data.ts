import type { PortIndex } from '../model/port-index.ts';
import { formatDate } from '../lib/dates/calendar-date.ts';
import { siteUrl } from '../lib/links/page-url.ts';
import { PORT_FILE_LICENSE } from '../lib/open-data/licenses.ts';
import { portToRange } from '../lib/ports/port-range.ts';
import type { PortData } from '../schemas/open-data.ts';
import type { PortChoice } from '../schemas/port-choice.ts';
import { fileHeader, toDownloadRecord } from './open-data.ts';
import { portPageData, type PortPageData } from './port-page.ts';

/** The data fields of a port page: what it says, without markup, cards or commands. */
export function portDataOf(page: PortPageData, choice: PortChoice, url: string): PortData {
  const article = page.article?.data;
  return {
    port: page.port,
    url,
    status: page.status,
    title: page.title,
    heading: page.heading,
    subtitle: page.subtitle,
    description: page.description,
    range: portToRange(page.port).name,
    summary: page.summary,
    note: page.note,
    records: page.records.map(toDownloadRecord),
    software: page.uses.map(({ software, use }) => ({
      slug: software.slug,
      name: software.name,
      category: software.category,
      status: software.status,
      ...use,
    })),
    article: article
      ? { title: article.title, description: article.description, updated: formatDate(article.updated), names: article.names, exposure: article.exposure ?? null }
      : null,
    related: page.related,
    choice,
    nearby: { below: page.nav.below, above: page.nav.above },
  };
}

/**
 * The file /ports/<port>/data.json: the header every download has, then the port's data. `page`
 * is the port's page data when the caller has it already.
 */
export function portDataFile(index: PortIndex, port: number, site: URL, generated: string, page?: PortPageData): string {
  const url = siteUrl(`/ports/${port}/`, site);
  const source = `IANA's registry, and Port Atlas's software facts and article, as ${url} shows them`;
  const header = fileHeader('port', `Port ${port} on Port Atlas`, PORT_FILE_LICENSE, source, index, site, generated);
  const data = page ?? portPageData(index, port, url, site);
  return `${JSON.stringify({ ...header, registrySources: index.sources, data: portDataOf(data, data.choice, url) })}\n`;
}
