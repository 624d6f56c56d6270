import { PORT_COUNT } from '../lib/ports/port-range.ts';
import type { PortSelection } from './build-config.ts';

/** Ports a sample build renders: all System ports plus the edges and the ports tests look at. */
const SAMPLE = [
  ...Array.from({ length: 1100 }, (_, p) => p),
  1433, 2646, 2647, 3000, 3100, 3306, 5000, 5432, 6000, 8080, 10080, 20011, 25565, 32768, 40413, 49151, 49152, 60999, 61000, 65000, 65001, 65534, 65535,
];

/**
 * The ports the site has pages for: every port 0-65535, or for quick builds while working on the
 * pages a sample (PORT_ATLAS_SAMPLE=1) or one span (PORT_ATLAS_PORTS). CI always builds every port.
 */
export function portsInSite(selection: PortSelection): number[] {
  if (selection.kind === 'sample') return SAMPLE;
  const first = selection.kind === 'span' ? selection.first : 0;
  const last = selection.kind === 'span' ? selection.last : PORT_COUNT - 1;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
