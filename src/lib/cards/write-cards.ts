import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardLayout, type CardContent, type CardElement } from './card-layout.ts';
import { cardFile } from './render-card.ts';

/** A card the site links to: where it goes in the built site and what it shows. */
export interface CardJob {
  /** Root-relative path of the PNG, e.g. /cards/ports/626.png. */
  path: string;
  content: CardContent;
}

/** What writing the cards cost. */
export interface CardStats {
  cards: number;
  rendered: number;
  cached: number;
  seconds: number;
}

/** Renders `jobs` into their cache files in one worker thread; rejects with the first card that failed. */
function renderInWorker(jobs: { file: string; element: CardElement }[]): Promise<void> {
  return new Promise((ok, fail) => {
    // Workers inherit the process's Node flags and refuse some: `--input-type` (the timed build
    // runs Astro from `node --input-type=module -e`) and heap limits, which are a worker's own.
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type') && !flag.startsWith('--max-old-space-size'));
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { workerData: { jobs }, execArgv });
    worker.on('message', ({ file, error }: { file: string; error: string | null }) => {
      if (error) fail(new Error(`preview card ${file} could not be rendered: ${error}`));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`the card worker exited with code ${code}`))));
  });
}

/**
 * Writes every card into the built site at `root`. A card is rendered once and then reused from
 * `cacheDir` (its file is named by a hash of everything it shows, see render-card.ts): the cards
 * not cached yet are rendered in worker threads, one per core, then all are copied into place.
 */
export async function writeCards(root: string, jobs: readonly CardJob[], cacheDir: string): Promise<CardStats> {
  const started = performance.now();
  const files = await Promise.all(
    jobs.map(async (job) => {
      const element = cardLayout(job.content);
      return { job, element, file: await cardFile(element, cacheDir) };
    }),
  );
  const missing = [...new Map(files.filter((f) => !existsSync(f.file)).map((f) => [f.file, f])).values()];
  const workers = Math.min(availableParallelism(), missing.length);
  await Promise.all(
    Array.from({ length: workers }, (_, w) => renderInWorker(missing.filter((_, i) => i % workers === w).map(({ file, element }) => ({ file, element })))),
  );
  await Promise.all(
    files.map(async ({ job, file }) => {
      const target = join(root, job.path);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file, target);
    }),
  );
  return { cards: jobs.length, rendered: missing.length, cached: jobs.length - missing.length, seconds: (performance.now() - started) / 1000 };
}
