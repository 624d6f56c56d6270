// Extensions spelled out: the build integrations and scripts load this file under plain Node.
import { PORT_COUNT } from './port-range.ts';

/** Ports a sample build renders: all System ports plus the edges and the ports tests look at. */
const SAMPLE = [
  ...Array.from({ length: 1100 }, (_, p) => p),
  1433, 2646, 2647, 3000, 3100, 3306, 5000, 5432, 6000, 8080, 10080, 20011, 25565, 32768, 49151, 49152, 60999, 61000, 65000, 65534, 65535,
];

/** The ports whose pages this build renders: its shard's share of portsInSite(). */
export function portsToBuild(): number[] {
  const { index, count } = buildShard();
  return portsInSite().filter((port) => port % count === index);
}

/**
 * The ports the site has pages for: every port 0-65535; a small sample when PORT_ATLAS_SAMPLE=1,
 * or one span with PORT_ATLAS_PORTS=first-last (for profiling): quick builds for working on the
 * pages. The full site and CI always build every port.
 */
export function portsInSite(): number[] {
  if (process.env.PORT_ATLAS_SAMPLE === '1') return SAMPLE;
  const span = /^(\d+)-(\d+)$/.exec(process.env.PORT_ATLAS_PORTS ?? '');
  const first = span ? Number(span[1]) : 0;
  const last = span ? Math.min(Number(span[2]), PORT_COUNT - 1) : PORT_COUNT - 1;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Which share of the port pages this build renders: PORT_ATLAS_SHARD=i/n renders the ports whose
 * number is i modulo n (scripts/build.ts runs one `astro build` per core and merges them). Shard 0
 * also renders everything that is not a port page; without the variable a build renders all.
 */
export function buildShard(): { index: number; count: number } {
  const value = process.env.PORT_ATLAS_SHARD;
  if (!value) return { index: 0, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count)
    throw new Error(`PORT_ATLAS_SHARD must be "i/n" with 0 <= i < n, e.g. "1/2"; got "${value}"`);
  return { index, count };
}

/** False in every shard but the first: only one build renders what is not a port page. */
export function rendersSharedOutput(): boolean {
  return buildShard().index === 0;
}
