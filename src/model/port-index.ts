import type { Article } from '../schemas/article.ts';
import { latestDate } from '../lib/dates/calendar-date.ts';
import { PORT_COUNT } from '../lib/ports/port-range.ts';
import { compareUses, isPool, leadingUses, type RankedUse } from '../lib/ports/software-ranking.ts';
import { portStatus, serviceNamesOf, sortRecords, type LeadingProduct, type PortNaming } from '../lib/ports/port-summary.ts';
import { speaksRegistered } from '../lib/ports/usage-note.ts';
import { checkImplements } from '../lib/software/check-implements.ts';
import { NOTABLE_PORTS } from './notable-ports.ts';
import type { RegistryRecord, RegistrySource, RegistryStatus } from '../schemas/registry.ts';
import type { Software, SoftwarePort } from '../schemas/software.ts';

/** An article as the index knows it: its entry id (for rendering its body) and its front matter. */
export interface ArticleEntry {
  id: string;
  data: Article;
}
export type SoftwareEntry = Software;

/**
 * What the index is built from: the three collections' validated data. Plain data, so that the
 * port-pages step (src/site-steps/port-pages.ts) can hand it to worker threads.
 */
export interface PortIndexInput {
  registry: readonly RegistryRecord[];
  articles: readonly ArticleEntry[];
  software: readonly Software[];
}

/** One software fact as seen from a port page: the product and what it uses the port for. */
export interface SoftwareUse {
  software: SoftwareEntry;
  use: SoftwarePort;
}

const rankOf = ({ software, use }: SoftwareUse): RankedUse => ({
  // Ordered by the name a title shows, so a title reads in the list's order.
  name: software.shortName ?? software.name,
  category: software.category,
  status: software.status,
  tier: use.tier,
  isDefault: use.default,
  first: use.port.first,
  last: use.port.last,
});

const STATUS_CODE: Record<RegistryStatus, number> = { unassigned: 0, reserved: 1, assigned: 2 };
const NONE = -1;
/** One empty list for every port without records, so what is computed per list (registry-groups.ts) is computed once. */
const NO_RECORDS: readonly RegistryRecord[] = [];

/**
 * Everything the site knows about every port, joined once per build from the collections.
 * Pages look ports up here instead of scanning collections: 65,536 pages would multiply any scan.
 */
export interface PortIndex {
  /** Registry records that cover the port (a range record covers each port in it), in table order. */
  recordsOf(port: number): readonly RegistryRecord[];
  statusOf(port: number): RegistryStatus;
  articleOf(port: number): ArticleEntry | undefined;
  /** The nearest ports below and above with an assigned record, or null at the ends. */
  nearestAssigned(port: number): { below: number | null; above: number | null };
  /** The run of consecutive unassigned ports that contains `port`, or null if it is not unassigned. */
  unassignedRun(port: number): { first: number; last: number } | null;
  /**
   * Software known to use the port, by prominence: tier, then the documented default first, then
   * name; malware, historic products and wide pools last.
   */
  softwareOf(port: number): readonly SoftwareUse[];
  /**
   * Software that names the port: uses of the port itself or of a narrow range. A product on a
   * wide pool (Windows RPC on 49152-65535) is listed on the page but does not name each port.
   */
  namingSoftwareOf(port: number): readonly SoftwareUse[];
  /**
   * The products a title and summary name (at most three): primary and common ones that name the
   * port, never malware, historic products or pools. See `leadingUses`.
   */
  leadingProductsOf(port: number): readonly LeadingProduct[];
  /**
   * What names the port beyond IANA's service names: the article's names and the leading
   * products. Titles, preview cards, copied links and the home page pass it to `portNames`.
   */
  namingOf(port: number): PortNaming;
  /** Every product name that names the port, leading ones first: what search should find the port by. */
  searchNamesOf(port: number): { leading: readonly string[]; other: readonly string[] };
  /**
   * Whether the port gets its own preview card (port number, names, range) instead of its range's
   * card: ports with an article and the notable ports. A card for every port would make rendering
   * them the longest step of the build; every source of port-specific content adds its ports here.
   */
  hasOwnCard(port: number): boolean;
  /** The ports with their own preview card, ascending. */
  ownCardPorts: readonly number[];
  /** When the port's page content last changed, as far as the data says (article `updated`, record `modified`). */
  lastModifiedOf(port: number): Date | null;
  /** Every registry source the records came from (shown on every page). */
  sources: readonly RegistrySource[];
  /** The sources as one line, as the footer shows them and error reports quote them. */
  dataVersion: string;
  articles: readonly ArticleEntry[];
  /** Every software product, by name. */
  software: readonly SoftwareEntry[];
}

/** Joins the collections into the index; pages then look ports up in O(1). */
export function buildPortIndex(input: PortIndexInput): PortIndex {
  const { registry, articles } = input;
  const software = [...input.software].sort((a, b) => a.name.localeCompare(b.name));
  const uses = new Map<number, SoftwareUse[]>();
  for (const entry of software) {
    for (const use of entry.ports) {
      for (let port = use.port.first; port <= use.port.last; port++) {
        uses.set(port, [...(uses.get(port) ?? []), { software: entry, use }]);
      }
    }
  }
  for (const list of uses.values()) list.sort((a, b) => compareUses(rankOf(a), rankOf(b)));

  const records = new Map<number, RegistryRecord[]>();
  const sources = new Map<string, RegistrySource>();
  for (const record of registry) {
    sources.set(record.source.id, record.source);
    for (let port = record.port; port <= record.portEnd; port++) {
      const list = records.get(port) ?? [];
      list.push(record);
      records.set(port, list);
    }
  }
  for (const [port, list] of records) records.set(port, sortRecords(list));
  checkImplements(software, new Set(registry.map((r) => r.serviceName).filter(Boolean)));

  const status = new Uint8Array(PORT_COUNT);
  for (const [port, list] of records) status[port] = STATUS_CODE[portStatus(list)];

  // Four linear passes give every page its neighbours and run in O(1).
  const prevAssigned = new Int32Array(PORT_COUNT);
  const nextAssigned = new Int32Array(PORT_COUNT);
  const runFirst = new Int32Array(PORT_COUNT);
  const runLast = new Int32Array(PORT_COUNT);
  let last = NONE;
  let first = NONE;
  for (let p = 0; p < PORT_COUNT; p++) {
    prevAssigned[p] = last;
    if (status[p] === STATUS_CODE.assigned) last = p;
    first = status[p] === STATUS_CODE.unassigned ? (first === NONE ? p : first) : NONE;
    runFirst[p] = first;
  }
  last = NONE;
  let end = NONE;
  for (let p = PORT_COUNT - 1; p >= 0; p--) {
    nextAssigned[p] = last;
    if (status[p] === STATUS_CODE.assigned) last = p;
    end = status[p] === STATUS_CODE.unassigned ? (end === NONE ? p : end) : NONE;
    runLast[p] = end;
  }

  const articleByPort = new Map(articles.map((a) => [a.data.port, a]));
  const namingSoftwareOf = (port: number) =>
    (uses.get(port) ?? []).filter((u) => !isPool(u.use.port.first, u.use.port.last));
  // Titles, cards, the search entry and related links all ask for a port's leading products, some
  // of them several times a page: decided here once per port that has software.
  const leading = new Map<number, { uses: SoftwareUse[]; products: LeadingProduct[] }>();
  for (const port of uses.keys()) {
    const registered = serviceNamesOf(records.get(port) ?? []);
    const chosen = leadingUses(namingSoftwareOf(port).map((u) => ({ ...rankOf(u), u })), registered.length > 0).map(({ u }) => u);
    if (chosen.length === 0) continue;
    leading.set(port, {
      uses: chosen,
      products: chosen.map((u) => ({
        name: u.software.shortName ?? u.software.name,
        speaksRegistered: speaksRegistered(u.use, registered),
        implements: u.use.implements,
      })),
    });
  }
  const leadingOf = (port: number) => leading.get(port)?.uses ?? [];
  const leadingProductsOf = (port: number): readonly LeadingProduct[] => leading.get(port)?.products ?? [];
  const ownCard = new Set([...NOTABLE_PORTS, ...articleByPort.keys(), ...[...uses.keys()].filter((p) => namingSoftwareOf(p).length > 0)]);
  const recordDate = (r: RegistryRecord) => (r.modified ? new Date(r.modified) : null);
  const statuses = Object.keys(STATUS_CODE) as RegistryStatus[];
  const orNull = (n: number) => (n === NONE ? null : n);

  return {
    recordsOf: (port) => records.get(port) ?? NO_RECORDS,
    statusOf: (port) => statuses[status[port]!]!,
    articleOf: (port) => articleByPort.get(port),
    nearestAssigned: (port) => ({ below: orNull(prevAssigned[port]!), above: orNull(nextAssigned[port]!) }),
    unassignedRun: (port) => (runFirst[port] === NONE ? null : { first: runFirst[port]!, last: runLast[port]! }),
    softwareOf: (port) => uses.get(port) ?? [],
    namingSoftwareOf,
    leadingProductsOf,
    namingOf: (port) => ({ articleNames: articleByPort.get(port)?.data.names ?? [], products: leadingProductsOf(port) }),
    searchNamesOf: (port) => {
      const leading = leadingOf(port).map((u) => u.software.name);
      const other = [...new Set(namingSoftwareOf(port).map((u) => u.software.name))].filter((n) => !leading.includes(n));
      return { leading, other };
    },
    hasOwnCard: (port) => ownCard.has(port),
    ownCardPorts: [...ownCard].sort((a, b) => a - b),
    lastModifiedOf: (port) =>
      latestDate([articleByPort.get(port)?.data.updated ?? null, ...(records.get(port) ?? []).map(recordDate)]),
    sources: [...sources.values()],
    dataVersion: [...sources.values()].map((s) => s.label).join('; '),
    software,
    articles: [...articles].sort((a, b) => a.data.port - b.data.port),
  };
}
