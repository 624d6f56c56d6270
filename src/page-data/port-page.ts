import type { ArticleEntry, PortIndex, SoftwareUse } from '../model/port-index.ts';
import { portCard, type PreviewCard } from './preview-cards.ts';
import type { CheckTransport } from '../lib/commands/check-commands.ts';
import { siteUrl } from '../lib/links/page-url.ts';
import { SITE_NAME } from '../lib/links/site-name.ts';
import { techArticle, type JsonLd } from '../lib/links/structured-data.ts';
import { describeRange, describeRegistry, describeSoftware, portLinkText, portNames, portTitle, serviceNamesOf, summarizePort } from '../lib/ports/port-summary.ts';
import { isRetired } from '../lib/ports/software-ranking.ts';
import { usageNote } from '../lib/ports/usage-note.ts';
import { portSearchEntry, type PortSearchEntry } from '../lib/search/port-search-entry.ts';
import type { PortChoice } from '../schemas/port-choice.ts';
import type { RegistryRecord, RegistrySource, RegistryStatus } from '../schemas/registry.ts';
import { portChoiceOf } from './port-choice.ts';

/** What the "Nearby ports" navigation shows. */
export interface PortNavData {
  port: number;
  status: RegistryStatus;
  /** The run of unassigned ports the port sits in, when it is unassigned. */
  run: { first: number; last: number } | null;
  /** The nearest assigned ports below and above, with their first service names. */
  below: { port: number; names: string } | null;
  above: { port: number; names: string } | null;
}

/** Everything a port page shows, computed from the port index in one place. */
export interface PortPageData {
  port: number;
  status: RegistryStatus;
  records: readonly RegistryRecord[];
  sources: readonly RegistrySource[];
  /** The data the page was built from, as error reports quote it. */
  dataVersion: string;
  article: ArticleEntry | undefined;
  /** The document title without the site name: "Port 22: SSH (OpenSSH, Dropbear SSH)". */
  title: string;
  /** The H1: the article's title, or "Port N". */
  heading: string;
  /** The line under the H1: the names for an assigned port, else its status. */
  subtitle: string;
  /** The text "Copy as Markdown" links with. */
  linkText: string;
  /** Meta description: the article's, else the summary. */
  description: string;
  /** The registry, range and software sentences (shown when there is no article). */
  summary: { registry: string; range: string; software: string };
  /** The warning that real-world use differs from the registry, or null. */
  note: string | null;
  /** Whether to use the port for a service of one's own, and why. */
  choice: PortChoice;
  search: { entry: PortSearchEntry; summary: string };
  card: PreviewCard;
  uses: readonly SoftwareUse[];
  related: { port: number; names: string }[];
  /** Transports the check commands are given for (TCP, UDP); empty means both. */
  transports: CheckTransport[];
  nav: PortNavData;
  /** JSON-LD for an article page, or null. */
  structuredData: JsonLd | null;
}

/**
 * What the search index learns about the port: the same names its page shows. The port page and
 * the list of pages to index (search-pages.ts) both take it from here, so they cannot disagree.
 */
export function portSearchEntryOf(index: PortIndex, port: number): PortSearchEntry {
  const naming = index.namingOf(port);
  const names = index.searchNamesOf(port);
  return portSearchEntry(port, index.recordsOf(port), { leading: [...naming.articleNames, ...names.leading], other: names.other }, index.articleOf(port) !== undefined);
}

/**
 * The data of /ports/<port>/, derived from the port index alone. `pageUrl` is the page's canonical
 * URL and `site` the public origin (structured data names both).
 */
export function portPageData(index: PortIndex, port: number, pageUrl: string, site: URL): PortPageData {
  const records = index.recordsOf(port);
  const status = index.statusOf(port);
  const article = index.articleOf(port);
  const naming = index.namingOf(port);
  // Products that name the port, leading first: the summary names the leaders, search weighs them.
  const searchNames = index.searchNamesOf(port);
  // The summary names current products, leading first; malware and historic ones stay in the list below, labelled.
  const current = index.namingSoftwareOf(port).filter((u) => !isRetired(u.software));
  const namingNames = [...new Set([...searchNames.leading, ...current.map((u) => u.software.name)])];
  const title = portTitle(port, records, naming);
  const note = usageNote(
    port,
    records,
    index.namingSoftwareOf(port).map((u) => ({
      name: u.software.name,
      isDefault: u.use.default,
      implements: u.use.implements,
      demoted: isRetired(u.software),
      leading: searchNames.leading.includes(u.software.name),
      ports: u.use.port.last - u.use.port.first + 1,
    })),
  );
  const registry = describeRegistry(port, records);
  const software = describeSoftware(namingNames, searchNames.leading.length);
  const summary = summarizePort(port, records, namingNames, searchNames.leading.length);
  const description = article?.data.description ?? summary;
  const card = portCard(index, port);
  const nearest = index.nearestAssigned(port);
  const namesOf = (p: number | null) => (p === null ? null : { port: p, names: serviceNamesOf(index.recordsOf(p)).slice(0, 2).join(', ') });
  return {
    port,
    status,
    records,
    sources: index.sources,
    dataVersion: index.dataVersion,
    article,
    title,
    heading: article?.data.title ?? `Port ${port}`,
    subtitle: status === 'assigned' ? portNames(records, naming) : status === 'reserved' ? 'Reserved by IANA' : 'Unassigned',
    linkText: portLinkText(port, records, naming),
    description,
    summary: { registry, range: describeRange(port), software },
    note,
    choice: portChoiceOf(index, port),
    search: {
      entry: portSearchEntryOf(index, port),
      // Search results show what the port is, without the range sentence every page shares.
      summary: article?.data.description ?? [registry, software].filter(Boolean).join(' '),
    },
    card,
    uses: index.softwareOf(port),
    related: (article?.data.related ?? []).map((p) => ({ port: p, names: portNames(index.recordsOf(p), index.namingOf(p)) })),
    transports: [...new Set(records.filter((r) => r.status === 'assigned').map((r) => r.transport))].filter(
      (t): t is CheckTransport => t === 'tcp' || t === 'udp',
    ),
    nav: { port, status, run: index.unassignedRun(port), below: namesOf(nearest.below), above: namesOf(nearest.above) },
    structuredData: article
      ? techArticle({
          headline: article.data.title,
          description,
          url: pageUrl,
          image: siteUrl(card.path, site),
          dateModified: article.data.updated,
          about: title,
          siteName: SITE_NAME,
          siteOrigin: site.origin,
        })
      : null,
  };
}
