/**
 * The port-pages step (src/site-steps/port-pages.ts) for real: worker threads over a small index,
 * writing into a temporary built site. The "Astro" page of the reference port is rendered here
 * with the same functions Astro's port route uses, over the same shell, so that it matches.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPortIndex } from '../../src/model/port-index';
import { hasPortData } from '../../src/page-data/open-data';
import { portPageData } from '../../src/page-data/port-page';
import { portPageContext, portPageParts } from '../../src/render/port-page/port-page';
import { writePortPages } from '../../src/site-steps/port-pages';
import type { PortPagesInput } from '../../src/site-steps/port-pages-input';
import { HEAD_MARK, MAIN_MARK, REFERENCE_PORTS } from '../../src/site-steps/port-pages-plan';
import { registryRecordSchema } from '../../src/schemas/registry';
import { grafana, registrySource as source } from '../support/software-fixtures';

const rec = (port: number, serviceName: string, description: string) =>
  registryRecordSchema.parse({ port, portEnd: port, transport: 'tcp', serviceName, description, status: 'assigned', source });

const REFERENCE = 2647;
/** Registry-only, the reference port (registry-only too), a port Grafana squats on, an unassigned one. */
const PORTS = [2646, REFERENCE, 3000, 40000];

const input: PortPagesInput = {
  index: {
    // 80/http is what Grafana's `implements` names; the index refuses an unknown service name.
    registry: [rec(80, 'http', 'World Wide Web HTTP'), rec(2646, 'and-lm', 'AND License Manager'), rec(2647, 'syncserver', 'SyncServer'), rec(3000, 'hbci', 'HBCI')],
    articles: [],
    software: [grafana],
  },
  ports: PORTS,
  site: 'https://ports.example.org/',
  feedbackUrl: '',
  issueUrl: 'https://github.com/example/port-atlas/issues/new',
  generated: '2026-01-15',
};

const SHELL_BEFORE_HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">';
const SHELL_BEFORE_MAIN = '<link rel="stylesheet" href="/_astro/site.css"></head><body><header>Port Atlas</header><main id="main">';
const SHELL_AFTER_MAIN = '</main><footer>Data: IANA</footer></body></html>';
const SHELL = `${SHELL_BEFORE_HEAD}${HEAD_MARK}${SHELL_BEFORE_MAIN}${MAIN_MARK}${SHELL_AFTER_MAIN}`;

/** The page Astro's port route renders for a port without an article, into the same shell. */
async function astroPage(port: number): Promise<string> {
  const site = new URL(input.site);
  const data = portPageData(buildPortIndex(input.index), port, new URL(`/ports/${port}/`, site).href, site);
  const parts = await portPageParts(data, portPageContext(input, site));
  return `${SHELL_BEFORE_HEAD}${parts.head.value}${SHELL_BEFORE_MAIN}${parts.main.value}${parts.rest.value}${SHELL_AFTER_MAIN}`;
}

let root: string;
const shellFile = () => join(root, 'ports', 'shell', 'index.html');
const pageFile = (port: number) => join(root, 'ports', String(port), 'index.html');
const dataFile = (port: number) => join(root, 'ports', String(port), 'data.json');

async function place(file: string, text: string) {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, text);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'port-pages-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the port-pages step', () => {
  it('writes every port page into the shell, deletes the shell, and writes data files only for ports with something to say', async () => {
    expect(REFERENCE_PORTS).toContain(REFERENCE);
    await place(shellFile(), SHELL);
    const reference = await astroPage(REFERENCE);
    await place(pageFile(REFERENCE), reference);
    const referenceWritten = (await stat(pageFile(REFERENCE))).mtimeMs;

    const stats = await writePortPages(root, input);

    expect(existsSync(join(root, 'ports', 'shell'))).toBe(false);
    const index = buildPortIndex(input.index);
    const site = new URL(input.site);
    let bytes = 0;
    const withData: number[] = [];
    for (const port of PORTS) {
      const page = await readFile(pageFile(port), 'utf8');
      const data = portPageData(index, port, new URL(`/ports/${port}/`, site).href, site);
      expect(page, `port ${port}`).not.toContain(HEAD_MARK);
      expect(page, `port ${port}`).not.toContain(MAIN_MARK);
      expect(page.startsWith(SHELL_BEFORE_HEAD), `port ${port}`).toBe(true);
      expect(page.endsWith(SHELL_AFTER_MAIN), `port ${port}`).toBe(true);
      const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
      const main = page.slice(page.indexOf('<main id="main">'), page.indexOf('</main>'));
      expect(head).toContain(`<title>${data.title} · `);
      expect(head).toContain(`<link rel="canonical" href="https://ports.example.org/ports/${port}/">`);
      expect(main).toContain(`<h1 class="text-3xl font-bold">Port ${port}</h1>`);
      expect(main).not.toContain('<title>');

      const hasData = hasPortData(data.search.entry);
      expect(existsSync(dataFile(port)), `data.json of port ${port}`).toBe(hasData);
      if (hasData) {
        withData.push(port);
        const text = await readFile(dataFile(port), 'utf8');
        const json = JSON.parse(text) as { generated: string; data: { port: number; title: string } };
        expect(json.generated).toBe(input.generated);
        expect(json.data).toMatchObject({ port, title: data.title });
        expect(head).toContain(`<link rel="alternate" type="application/json" href="/ports/${port}/data.json">`);
        bytes += Buffer.byteLength(text);
      }
      if (port !== REFERENCE) bytes += Buffer.byteLength(page);
    }
    expect(withData).toEqual([2646, REFERENCE, 3000]);
    expect(await readFile(pageFile(3000), 'utf8')).toContain('Grafana');
    // The reference page is compared, not rewritten.
    expect(await readFile(pageFile(REFERENCE), 'utf8')).toBe(reference);
    expect((await stat(pageFile(REFERENCE))).mtimeMs).toBe(referenceWritten);

    expect(stats).toMatchObject({ pages: 3, compared: 1, dataFiles: 3, workers: 1, bytes });
    expect(stats.seconds).toBeGreaterThan(0);
  });

  it("fails naming the reference port when Astro's page differs from the step's", async () => {
    await place(shellFile(), SHELL);
    const reference = await astroPage(REFERENCE);
    const at = reference.indexOf(`Port ${REFERENCE}</h1>`) + 'Port '.length;
    expect(at).toBeGreaterThan(SHELL_BEFORE_HEAD.length);
    // One character: "Port 2647" becomes "Port X647" in Astro's file.
    await place(pageFile(REFERENCE), `${reference.slice(0, at)}X${reference.slice(at + 1)}`);

    await expect(writePortPages(root, input)).rejects.toThrow(
      new RegExp(`port page ${REFERENCE}: the port-pages step's page differs from Astro's at character ${at}:`),
    );
  });

  it('fails naming the shell when it is missing', async () => {
    await mkdir(join(root, 'ports'), { recursive: true });
    await expect(writePortPages(root, input)).rejects.toThrow(`${shellFile()} is missing`);
    expect(shellFile()).toMatch(/ports[/\\]shell[/\\]index\.html$/);
  });

  it.each([
    ['without the main mark', SHELL.replace(MAIN_MARK, '')],
    ['with the main mark twice', SHELL.replace(MAIN_MARK, `${MAIN_MARK}${MAIN_MARK}`)],
    ['without the head mark', SHELL.replace(HEAD_MARK, '')],
    ['with the marks the wrong way round', SHELL.replace(HEAD_MARK, 'HEAD').replace(MAIN_MARK, HEAD_MARK).replace('HEAD', MAIN_MARK)],
  ])('fails naming the shell and the marks for a shell %s', async (_, shell) => {
    await place(shellFile(), shell);
    const failure = writePortPages(root, input);
    await expect(failure).rejects.toThrow(`${shellFile()}: the shell must hold ${HEAD_MARK} and then ${MAIN_MARK}, once each`);
    // Nothing was written.
    for (const port of PORTS) expect(existsSync(pageFile(port)), `port ${port}`).toBe(false);
  });
});
