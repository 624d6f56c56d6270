import type { CardContent } from '../lib/cards/card-layout.ts';
import { formatSpan, PORT_RANGES, portToRange, type PortRange } from '../lib/ports/port-range.ts';
import { portNames } from '../lib/ports/port-summary.ts';
import type { PortIndex } from '../model/port-index.ts';

/** A preview card: where the build writes it, what it shows, and its alt text. */
export interface PreviewCard {
  /** Root-relative path of the PNG, e.g. /cards/ports/626.png. */
  path: string;
  content: CardContent;
  alt: string;
}

/** The card of pages that are not about one port (home, browse pages). */
export const SITE_CARD: PreviewCard = {
  path: '/cards/site.png',
  content: { kind: 'site' },
  alt: 'Port Atlas: every TCP and UDP port, 0 to 65535',
};

/** The card shared by every port of a range that has no card of its own. */
export function rangeCard(range: PortRange): PreviewCard {
  return {
    path: `/cards/ranges/${range.id}.png`,
    content: { kind: 'range', range },
    alt: `${range.name} ports, ${formatSpan(range.first, range.last)} (${range.alsoCalled})`,
  };
}

// Three range cards serve most pages: made once.
const RANGE_CARDS = new Map(PORT_RANGES.map((range) => [range.id, rangeCard(range)]));

/** The card a port's page shows: its own when the index gives it one, else its range's. */
export function portCard(index: PortIndex, port: number): PreviewCard {
  const range = portToRange(port);
  if (!index.hasOwnCard(port)) return RANGE_CARDS.get(range.id)!;
  const names = portNames(index.recordsOf(port), index.namingOf(port));
  return {
    path: `/cards/ports/${port}.png`,
    content: { kind: 'port', port, names, range },
    alt: `Port ${port}: ${names}. ${range.name} range, ${formatSpan(range.first, range.last)}.`,
  };
}

/** Every card the build renders: the own cards, one per range, and the site's. */
export function previewCards(index: PortIndex): PreviewCard[] {
  return [...index.ownCardPorts.map((port) => portCard(index, port)), ...PORT_RANGES.map(rangeCard), SITE_CARD];
}
