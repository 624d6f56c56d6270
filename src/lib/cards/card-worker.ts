/**
 * Worker thread that renders a share of the preview cards into the cache (write-cards.ts starts
 * one per core). Run by Node directly (type stripping), so imports carry their .ts extension.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardElement } from './card-layout.ts';
import { writeCard } from './render-card.ts';

const jobs = (workerData as { jobs: { file: string; element: CardElement }[] }).jobs;
for (const { file, element } of jobs) {
  let error: string | null = null;
  try {
    if (!existsSync(file)) await writeCard(element, file);
  } catch (e) {
    error = String(e);
  }
  parentPort!.postMessage({ file, error });
}
