/**
 * A worker thread of the port-pages step (port-pages.ts): builds the port index from the
 * collections' data once, then writes its share of the port pages into the shell and their
 * /ports/N/data.json files. Plain Node loads it, so its imports carry their .ts extension.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildPortIndex } from '../model/port-index.ts';
import { hasPortData } from '../page-data/open-data.ts';
import { portDataFile } from '../page-data/port-data.ts';
import { portPageData } from '../page-data/port-page.ts';
import { portPageParts } from '../render/port-page/port-page.ts';
import type { PortPagesJob, PortPagesResult } from './port-pages-input.ts';
import { REFERENCE_PORTS } from './port-pages-plan.ts';

/** The first difference between two pages, with some context, for an error message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at character ${i}: Astro wrote "${a.slice(Math.max(0, i - 60), i + 60)}", the step "${b.slice(Math.max(0, i - 60), i + 60)}"`;
}

async function run(job: PortPagesJob): Promise<PortPagesResult> {
  const index = buildPortIndex(job.index);
  const site = new URL(job.site);
  const context = { site, feedbackUrl: job.feedbackUrl, issueUrl: job.issueUrl };
  const references = new Set(REFERENCE_PORTS);
  const [beforeHead, beforeMain, afterMain] = job.shell;
  const result: PortPagesResult = { pages: 0, compared: 0, dataFiles: 0, bytes: 0 };
  // Plain blocking calls: this thread has nothing else to do meanwhile, and a promise per file
  // cost more than the file (the other workers keep the other cores busy).
  const write = (dir: string, name: string, text: string) => {
    const bytes = Buffer.from(text);
    writeFileSync(join(dir, name), bytes);
    result.bytes += bytes.length;
  };

  for (const port of job.share) {
    const dir = join(job.root, 'ports', String(port));
    mkdirSync(dir, { recursive: true });
    const url = new URL(`/ports/${port}/`, site).href;
    const data = portPageData(index, port, url, site);
    if (hasPortData(data.search.entry)) {
      write(dir, 'data.json', portDataFile(index, port, site, job.generated, data));
      result.dataFiles++;
    }
    // A page with an article is Astro's alone: its body is MDX.
    if (data.article) continue;
    const parts = await portPageParts(data, context);
    const page = `${beforeHead}${parts.head.value}${beforeMain}${parts.main.value}${parts.rest.value}${afterMain}`;
    if (references.has(port)) {
      const file = join(dir, 'index.html');
      const astroPage = readFileSync(file, 'utf8');
      if (astroPage !== page) throw new Error(`port page ${port}: the port-pages step's page differs from Astro's ${firstDifference(astroPage, page)}`);
      result.compared++;
      continue;
    }
    write(dir, 'index.html', page);
    result.pages++;
  }
  return result;
}

run(workerData as PortPagesJob).then(
  (result) => parentPort!.postMessage({ result }),
  (error: Error) => parentPort!.postMessage({ error: error.stack ?? error.message }),
);
