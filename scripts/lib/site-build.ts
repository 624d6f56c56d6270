import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readdir, rename } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type BuildCost, clearOutputInBackground, timedAstroBuild } from './timed-build.ts';
import { sampleTreeMemory } from './tree-memory.ts';

/**
 * The full site build behind `npm run build` (and `npm start`, `npm run bench:build`).
 *
 * Astro renders pages on one thread; 66,000 pages at 2.4 ms each kept one core busy for 160 s
 * while the other idled. So the build runs one `astro build` per core, at the same time, each
 * rendering a share of the port pages (PORT_ATLAS_SHARD=i/n: the ports equal to i modulo n, see
 * src/lib/ports/ports-to-build.ts); shard 0 also renders everything else. Shard i > 0 writes to
 * `.shard-<i>/`. When all are done, their port pages are moved into dist/, and the steps that need
 * the whole site run once: the search index (over the pages the shards listed) and _redirects.
 *
 * PORT_ATLAS_BUILD_SHARDS sets the number of shards (default: the cores, at most 2, since each
 * shard holds about 900 MB and the budget is 2 GB); 1 is a plain `astro build`.
 */

const shardDir = (i: number) => `.shard-${i}`;

export interface SiteBuildCost extends BuildCost {
  shards: number;
}

function shardCount(env: NodeJS.ProcessEnv): number {
  const value = env.PORT_ATLAS_BUILD_SHARDS;
  if (value === undefined) return Math.min(availableParallelism(), 2);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new Error(`PORT_ATLAS_BUILD_SHARDS must be a whole number from 1 to 16; got "${value}"`);
  return n;
}

/** Moves shard `i`'s port pages into dist/ports/; the rest of its output (shared pages, assets) is shard 0's too. */
async function mergeShard(root: string, i: number, n: number): Promise<number> {
  const from = join(root, shardDir(i), 'ports');
  let moved = 0;
  for (const name of await readdir(from)) {
    if (!/^\d+$/.test(name) || Number(name) % n !== i) continue;
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
/**
 * Each shard's V8 heap is capped so that two shards at once stay under the build's 2 GB budget
 * (scripts/checks/build-budget.ts): left alone, V8 lets each heap grow well past what the pages
 * need before it collects. A lower cap makes the collector run so often that the build slows.
 */
const SHARD_NODE_FLAGS = ['--max-old-space-size=900'];

export async function buildSite(root: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteBuildCost> {
  const n = shardCount(env);
  const started = performance.now();
  const stale = (await readdir(root)).filter((name) => /^\.shard-\d+$/.test(name));
  clearOutputInBackground(root, ['dist', ...stale]);
  if (n === 1) return { ...(await timedAstroBuild(root, env)), shards: 1 };

  const memory = sampleTreeMemory();
  const abort = new AbortController();
  const shards = Array.from({ length: n }, (_, i) => {
    const shardEnv = {
      ...env,
      PORT_ATLAS_SHARD: `${i}/${n}`,
      ...(i > 0 ? { PORT_ATLAS_OUT_DIR: shardDir(i), ASTRO_LOG_LEVEL: env.ASTRO_LOG_LEVEL ?? 'warn' } : {}),
    };
    return timedAstroBuild(root, shardEnv, root, abort.signal, SHARD_NODE_FLAGS).catch((error: Error) => {
      // One failed shard fails the build; the others are stopped rather than left running.
      abort.abort();
      throw new Error(`shard ${i}/${n}: ${error.message}`);
    });
  });
  const costs = await Promise.all(shards).catch((error: unknown) => {
    memory.stop();
    throw error;
  });

  // Loaded only now: pagefind and esbuild would otherwise sit in memory beside the shards.
  const { buildSearchIndex, takeSearchPageList } = await import('../../src/integrations/search-index.ts');
  const { writeRedirectsFile } = await import('../../src/integrations/redirects-file.ts');
  const dist = join(root, 'dist');
  let moved = 0;
  for (let i = 1; i < n; i++) moved += await mergeShard(root, i, n);
  // Shard 0 wrote the list of every shard's pages to index: it is computed from the data.
  const pages = await takeSearchPageList(dist);
  if (!pages) throw new Error('shard 0 wrote no list of pages for the search index (src/pages/search-pages.json.ts)');
  const search = await buildSearchIndex(dist, undefined, pages);
  const entries = await writeRedirectsFile(dist);
  const sampledMb = memory.stop();
  clearOutputInBackground(root, Array.from({ length: n - 1 }, (_, i) => shardDir(i + 1)));
  console.log(
    `[site-build] ${n} shards: ${moved} port pages merged into dist/; search index of ${search.indexed} pages ` +
      `in ${search.seconds.toFixed(1)} s (${search.files} files); _redirects for ${entries} top-level entries; ` +
      `peak memory ${sampledMb?.toFixed(0) ?? '?'} MB all processes at once, shards' own peaks ${costs.map((c) => c.peakMemoryMb.toFixed(0)).join(' + ')} MB`,
  );
  return {
    seconds: (performance.now() - started) / 1000,
    peakMemoryMb: sampledMb ?? costs.reduce((sum, c) => sum + c.peakMemoryMb, 0),
    shards: n,
  };
}
