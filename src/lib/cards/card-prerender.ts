import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardElement } from './card-layout';
import { cardFile } from './render-card';

/**
 * Starts rendering the cards that are not cached yet in one worker thread, and returns, per cache
 * file, a promise that settles when that card is written. Astro renders pages on one thread; the
 * worker uses the other core, so most cards are ready before their routes are generated. If the
 * worker cannot start, the promises reject and the cards are rendered in-process as before.
 */
export async function prerenderCards(elements: CardElement[]): Promise<Map<string, Promise<void>>> {
  const jobs: { file: string; element: CardElement }[] = [];
  for (const element of elements) {
    const file = await cardFile(element);
    if (!existsSync(file)) jobs.push({ file, element });
  }
  const waiting = new Map<string, { promise: Promise<void>; settle: (error: string | null) => void }>();
  for (const { file } of jobs) {
    let settle!: (error: string | null) => void;
    const promise = new Promise<void>((ok, fail) => (settle = (error) => (error ? fail(new Error(error)) : ok())));
    waiting.set(file, { promise, settle });
  }
  if (jobs.length > 0) {
    // Bundled page code runs from .astro/, so the worker is found from the project root.
    // A worker inherits the process's Node flags, and refuses some: `--input-type` (the timed build
    // runs Astro from `node --input-type=module -e`) is refused for a file, and heap limits
    // (`--max-old-space-size`, set on the shards) are a worker's resourceLimits, not flags.
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type') && !flag.startsWith('--max-old-space-size'));
    const worker = new Worker(join(process.cwd(), 'src/lib/cards/card-worker.ts'), { workerData: { jobs }, execArgv });
    worker.on('message', ({ file, error }: { file: string; error: string | null }) => waiting.get(file)?.settle(error));
    worker.on('error', (e) => waiting.forEach((w) => w.settle(String(e))));
    worker.on('exit', () => waiting.forEach((w) => w.settle('card worker exited')));
  }
  return new Map([...waiting].map(([file, w]) => [file, w.promise]));
}
