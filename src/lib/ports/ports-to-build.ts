import { PORT_COUNT } from './port-range';

/** Ports a sample build renders: all System ports plus the edges and the ports tests look at. */
const SAMPLE = [
  ...Array.from({ length: 1100 }, (_, p) => p),
  1433, 2646, 2647, 3000, 3100, 3306, 5000, 5432, 8080, 25565, 32768, 49151, 49152, 60999, 61000, 65000, 65534, 65535,
];

/**
 * Every port 0-65535; a small sample when PORT_ATLAS_SAMPLE=1, or one span with
 * PORT_ATLAS_PORTS=first-last (for profiling): quick builds for working on the pages.
 * The full site and CI always build every port.
 */
export function portsToBuild(): number[] {
  if (process.env.PORT_ATLAS_SAMPLE === '1') return SAMPLE;
  const span = /^(\d+)-(\d+)$/.exec(process.env.PORT_ATLAS_PORTS ?? '');
  const first = span ? Number(span[1]) : 0;
  const last = span ? Math.min(Number(span[2]), PORT_COUNT - 1) : PORT_COUNT - 1;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
