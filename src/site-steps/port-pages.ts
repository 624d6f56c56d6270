/**
 * The port-pages step: writes every port page Astro did not render (see port-pages-plan.ts) and
 * every /ports/N/data.json, in worker threads, one per core. Each page is the shell Astro rendered
 * at /ports/shell/ with the page's own head and main written by src/render/port-page/, the same
 * functions Astro's port route uses. Astro renders about 1,000 pages this way; the step writes
 * the other 65,000 without a per-page trip through Astro's renderer.
 * Plain Node loads this module, so its imports carry their .ts extension.
 */
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { HEAD_MARK, MAIN_MARK, SHELL } from './port-pages-plan.ts';
import type { PortPagesInput, PortPagesJob, PortPagesResult } from './port-pages-input.ts';

export interface PortPagesStats extends PortPagesResult {
  workers: number;
  seconds: number;
}

/** Reads and deletes the shell; fails naming the file when a mark is missing or repeated. */
async function takeShell(root: string): Promise<[string, string, string]> {
  const dir = join(root, 'ports', SHELL);
  const file = join(dir, 'index.html');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: the port route (src/pages/ports/[port].astro) renders it`);
  });
  const parts = text.split(HEAD_MARK).flatMap((part) => part.split(MAIN_MARK));
  if (text.split(HEAD_MARK).length !== 2 || text.split(MAIN_MARK).length !== 2 || text.indexOf(HEAD_MARK) > text.indexOf(MAIN_MARK)) {
    throw new Error(`${file}: the shell must hold ${HEAD_MARK} and then ${MAIN_MARK}, once each`);
  }
  await rm(dir, { recursive: true });
  return parts as [string, string, string];
}

function runWorker(job: PortPagesJob, signal: AbortSignal): Promise<PortPagesResult> {
  return new Promise((ok, fail) => {
    // Workers inherit the process's Node flags and refuse some: `--input-type` (the timed build
    // runs Astro from `node --input-type=module -e`) and heap limits, which are a worker's own.
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type') && !flag.startsWith('--max-old-space-size'));
    const worker = new Worker(new URL('./port-pages-worker.ts', import.meta.url), { workerData: job, execArgv });
    // When another worker fails, this one stops writing.
    signal.addEventListener('abort', () => void worker.terminate(), { once: true });
    let settled = false;
    worker.on('message', (message: { result?: PortPagesResult; error?: string }) => {
      settled = true;
      if (message.error) fail(new Error(message.error));
      else ok(message.result!);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!settled) fail(new Error(`a port-pages worker exited with code ${code} before it finished`));
    });
  });
}

/**
 * Writes the port pages and data files into the built site at `root`. The reference pages Astro
 * rendered are compared instead (port-pages-plan.ts); a difference fails the build, naming the page.
 */
export async function writePortPages(root: string, input: PortPagesInput): Promise<PortPagesStats> {
  const started = performance.now();
  const shell = await takeShell(root);
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(input.ports.length / 2000)));
  // Interleaved shares: ports with much to say cluster at the low numbers.
  const shares = Array.from({ length: workers }, (_, w) => input.ports.filter((_, i) => i % workers === w));
  const abort = new AbortController();
  const results = await Promise.all(
    shares.map((share) =>
      runWorker({ ...input, root, shell, share }, abort.signal).catch((error: unknown) => {
        abort.abort();
        throw error;
      }),
    ),
  );
  const total = results.reduce((a, b) => ({ pages: a.pages + b.pages, compared: a.compared + b.compared, dataFiles: a.dataFiles + b.dataFiles, bytes: a.bytes + b.bytes }));
  return { ...total, workers, seconds: (performance.now() - started) / 1000 };
}
