import { readdir } from 'node:fs/promises';
import { type BuildCost, clearOutputInBackground, timedAstroBuild } from './timed-build.ts';
import { sampleTreeMemory } from './tree-memory.ts';

/**
 * The full site build behind `npm run build` (and `npm start`, `npm run bench:build`): one
 * `astro build`, whose integration then runs the whole-site steps (src/site-steps/), among them
 * the port pages Astro leaves to worker threads (src/site-steps/port-pages-plan.ts).
 */

/**
 * Builds the whole site into `root/dist`. Returns wall time and peak memory: the highest total
 * memory of the build's processes at one moment (sampled, see tree-memory.ts), or where that
 * cannot be sampled, the build process's own peak RSS.
 */
export async function buildSite(root: string, env: NodeJS.ProcessEnv = process.env): Promise<BuildCost> {
  const started = performance.now();
  // Output of builds that still sharded the site (.shard-1/) goes too.
  const stale = (await readdir(root)).filter((name) => /^\.shard-\d+$/.test(name));
  clearOutputInBackground(root, ['dist', ...stale]);
  const memory = sampleTreeMemory();
  const cost = await timedAstroBuild(root, env).catch((error: unknown) => {
    memory.stop();
    throw error;
  });
  const sampledMb = memory.stop();
  return { seconds: (performance.now() - started) / 1000, peakMemoryMb: sampledMb ?? cost.peakMemoryMb };
}
