/**
 * Everything the build knows about shards, in one place.
 *
 * Astro renders pages on one thread, so `npm run build` (scripts/lib/site-build.ts) runs one
 * `astro build` per core at the same time. Shard i of n renders the port pages whose number is i
 * modulo n; shard 0 also renders everything else. Shard i > 0 writes into its own folder, which is
 * merged into dist/ when all are done; then the steps that need the whole site (src/site-steps/)
 * run once. A build without PORT_ATLAS_SHARD is one shard of one and does all of it itself.
 *
 * No two shards write one file: the content layer is synced once before they start (`astro sync`
 * writes .astro/ and the content cache), and the shards build with their own sync off, reading
 * what it wrote; each shard after the first writes its pages into its own folder.
 */
import type { BuildConfig, Shard } from './build-config.ts';
import { portsInSite } from './site-ports.ts';

/** The shard that is the whole build. */
export const WHOLE_BUILD: Shard = { index: 0, count: 1 };

/** The output folder of shard `index` > 0, relative to the project root. */
export const shardOutDir = (index: number) => `.shard-${index}`;

/** Matches the output folders shardOutDir names (left over when a build is interrupted). */
export const SHARD_OUT_DIR = /^\.shard-\d+$/;

/** The environment a shard's `astro build` runs with, over the build's own. */
export function shardEnv(shard: Shard): Record<string, string> {
  return { PORT_ATLAS_SHARD: `${shard.index}/${shard.count}` };
}

/** The Astro options of this build's shard: shards after the first write their pages elsewhere. */
export function astroShardOptions({ shard }: Pick<BuildConfig, 'shard'>): { outDir?: string } {
  return shard.index === 0 ? {} : { outDir: shardOutDir(shard.index) };
}

/** The port pages this build renders: its shard's share of the site's ports. */
export function portsToBuild(config: Pick<BuildConfig, 'ports' | 'shard'>): number[] {
  return portsInSite(config.ports).filter((port) => isShardPort(port, config.shard));
}

/** Whether `port`'s page is rendered by `shard`. */
export const isShardPort = (port: number, shard: Shard) => port % shard.count === shard.index;

/** Whether this build renders the pages that are not port pages (only one shard does). */
export const rendersSharedPages = ({ shard }: Pick<BuildConfig, 'shard'>) => shard.index === 0;

/** Whether this `astro build` is the whole build, so it runs the whole-site steps itself when done. */
export const runsSiteSteps = ({ shard }: Pick<BuildConfig, 'shard'>) => shard.count === 1;

/**
 * How many shards `npm run build` runs: PORT_ATLAS_BUILD_SHARDS, else one per core, at most two
 * (each shard needs most of a gigabyte; the build-budget check allows two).
 */
export const shardCount = ({ buildShards }: Pick<BuildConfig, 'buildShards'>, cores: number) => buildShards ?? Math.min(cores, 2);

/**
 * Node flags of a shard's process. Its V8 heap is capped so that two shards at once stay within
 * the build's memory budget (scripts/checks/build-budget.ts): left alone, V8 lets each heap grow
 * well past what the pages need before it collects; a much lower cap makes it collect so often
 * that the build slows.
 */
export const SHARD_NODE_FLAGS = ['--max-old-space-size=900'];
