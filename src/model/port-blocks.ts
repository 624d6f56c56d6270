import { PORT_MAX, type PortRange } from '../lib/ports/port-range.ts';
import { serviceNamesOf } from '../lib/ports/port-summary.ts';
import type { PortIndex } from './port-index.ts';

/** Ports per browse page: small enough to scan, few enough pages (132) to page through. */
export const BLOCK_SIZE = 500;

export interface PortBlock {
  first: number;
  last: number;
  /** URL slug, e.g. "1000-1499". */
  slug: string;
}

/** The browse pages, in order: 0-499, 500-999, ..., 65500-65535. */
export const PORT_BLOCKS: readonly PortBlock[] = Array.from({ length: Math.ceil((PORT_MAX + 1) / BLOCK_SIZE) }, (_, i) => {
  const first = i * BLOCK_SIZE;
  const last = Math.min(first + BLOCK_SIZE - 1, PORT_MAX);
  return { first, last, slug: `${first}-${last}` };
});

/** The blocks that overlap an RFC 6335 range, for the /ports/ overview. */
export function blocksIn(range: PortRange): PortBlock[] {
  return PORT_BLOCKS.filter((b) => b.last >= range.first && b.first <= range.last);
}

export type BrowseRow =
  | { kind: 'port'; port: number; names: readonly string[]; description: string; status: 'assigned' | 'reserved' }
  | { kind: 'gap'; first: number; last: number };

/** One row per assigned or reserved port, and one row per run of unassigned ports. */
export function browseRows(index: PortIndex, block: PortBlock): BrowseRow[] {
  const rows: BrowseRow[] = [];
  for (let port = block.first; port <= block.last; port++) {
    const status = index.statusOf(port);
    if (status === 'unassigned') {
      const last = Math.min(index.unassignedRun(port)?.last ?? port, block.last);
      rows.push({ kind: 'gap', first: port, last });
      port = last;
      continue;
    }
    const records = index.recordsOf(port);
    const description = records.find((r) => r.status === status)?.description ?? '';
    rows.push({ kind: 'port', port, names: serviceNamesOf(records), description, status });
  }
  return rows;
}
