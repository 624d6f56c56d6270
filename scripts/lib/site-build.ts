import { readdir, rename } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readBuildConfig } from '../../src/config/build-config.ts';
import { isShardPort, SHARD_NODE_FLAGS, SHARD_OUT_DIR, shardCount, shardEnv, shardOutDir } from '../../src/config/shard-plan.ts';
import { compareAssets } from './shard-assets.ts';
import { type BuildCost, clearOutputInBackground, timedAstroBuild } from './timed-build.ts';
import { sampleTreeMemory } from './tree-memory.ts';

/**
 * The full site build behind `npm run build` (and `npm start`, `npm run bench:build`): one
 * `astro build` per shard at the same time (src/config/shard-plan.ts says who renders what), then
 * their port pages merged into dist/ and the whole-site steps run once (src/site-steps/).
 */

export interface SiteBuildCost extends BuildCost {
  shards: number;
}

/** Moves shard `index`'s port pages into dist/ports/; the rest of its output is shard 0's too. */
async function mergeShard(root: string, index: number, count: number): Promise<number> {
  const from = join(root, shardOutDir(index), 'ports');
  let moved = 0;
  for (const name of await readdir(from)) {
    if (!/^\d+$/.test(name) || !isShardPort(Number(name), { index, count })) continue;
    await rename(join(from, name), join(root, 'dist/ports', name));
    moved++;
  }
  return moved;
}

/**
 * Builds the whole site into `root/dist`. Returns wall time and peak memory: the highest total
 * memory of all the build's processes at one moment (sampled, see tree-memory.ts), or where that
 * cannot be sampled, the shards' own peak RSS added up.
 */
export async function buildSite(root: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteBuildCost> {
  const config = readBuildConfig(env);
  const n = shardCount(config, availableParallelism());
  const started = performance.now();
  const stale = (await readdir(root)).filter((name) => SHARD_OUT_DIR.test(name));
  clearOutputInBackground(root, ['dist', ...stale]);
  if (n === 1) return { ...(await timedAstroBuild(root, env)), shards: 1 };

  const memory = sampleTreeMemory();
  // One content sync for all shards, which then build with theirs off (see shard-plan.ts).
  const synced = await timedAstroBuild(root, { ...env, ...shardEnv({ index: 0, count: n }) }, root, { command: 'sync' }).catch((error: unknown) => {
    memory.stop();
    throw error;
  });
  const abort = new AbortController();
  const shards = Array.from({ length: n }, (_, i) => {
    // The shards after the first say only what goes wrong: their logs would repeat the first one's.
    const quiet = i > 0 ? { ASTRO_LOG_LEVEL: env.ASTRO_LOG_LEVEL ?? 'warn' } : {};
    const run = { sync: false, signal: abort.signal, nodeFlags: SHARD_NODE_FLAGS };
    return timedAstroBuild(root, { ...env, ...shardEnv({ index: i, count: n }), ...quiet }, root, run).catch((error: Error) => {
      // One failed shard fails the build; the others are stopped rather than left running.
      abort.abort();
      throw new Error(`shard ${i}/${n}: ${error.message}`);
    });
  });
  const costs = await Promise.all(shards).catch((error: unknown) => {
    memory.stop();
    throw error;
  });

  const merging = performance.now();
  const dist = join(root, 'dist');
  for (let i = 1; i < n; i++) {
    const problem = await compareAssets(dist, join(root, shardOutDir(i)));
    if (problem) throw new Error(`shard ${i}/${n} built different assets from shard 0: ${problem}`);
  }
  let moved = 0;
  for (let i = 1; i < n; i++) moved += await mergeShard(root, i, n);
  // Loaded only now: pagefind and esbuild would otherwise sit in memory beside the shards.
  const { runSiteSteps } = await import('../../src/site-steps/site-steps.ts');
  const stepping = performance.now();
  const steps = await runSiteSteps(dist, config, root);
  const seconds = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
  const phases = `sync ${synced.seconds.toFixed(1)} s; shards ${costs.map((c) => `${c.seconds.toFixed(1)} s`).join(' + ')}; merge ${seconds(merging, stepping)}; whole-site steps ${seconds(stepping)}`;
  const sampledMb = memory.stop();
  clearOutputInBackground(root, Array.from({ length: n - 1 }, (_, i) => shardOutDir(i + 1)));
  for (const line of [`${n} shards: ${moved} port pages merged into dist/`, ...steps, phases]) console.log(`[site-build] ${line}`);
  console.log(
    `[site-build] peak memory ${sampledMb?.toFixed(0) ?? '?'} MB all processes at once, shards' own peaks ${costs.map((c) => c.peakMemoryMb.toFixed(0)).join(' + ')} MB`,
  );
  return {
    seconds: (performance.now() - started) / 1000,
    peakMemoryMb: sampledMb ?? Math.max(synced.peakMemoryMb, costs.reduce((sum, c) => sum + c.peakMemoryMb, 0)),
    shards: n,
  };
}
