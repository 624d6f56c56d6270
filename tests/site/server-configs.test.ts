import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, headersRulePattern, parseHeadersFile } from '../../src/lib/deploy/headers-file';
import { shortLinkTarget } from '../../src/lib/links/short-link';
import { launchChromium } from '../support/browser';
import { skipWithout } from '../support/built-input';
import { findProgram, startCaddy, startNginx, type RunningServer } from '../support/web-servers';

const dist = resolve(import.meta.dirname, '../../dist');
const built = !skipWithout(existsSync(join(dist, '_headers')) && existsSync(join(dist, '404.html')));
const servers = [
  { name: 'nginx', program: 'nginx', start: startNginx },
  { name: 'Caddy', program: 'caddy', start: startCaddy },
].filter((s) => built && !skipWithout(findProgram(s.program) !== null, `${s.program} is not installed (apt-get install -y ${s.program}; .ci/run does it)`));

/** Files the build names by content hash, and pagefind's content-addressed index chunks. */
const firstFile = (dir: string, ext: string) => {
  const name = readdirSync(join(dist, dir)).find((f) => f.endsWith(ext));
  if (!name) throw new Error(`dist/${dir}/ has no ${ext} file`);
  return `/${dir}/${name}`;
};

describe.skipIf(servers.length === 0)('the shipped server configs (deploy/), serving dist/', () => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const notFoundPage = readFileSync(join(dist, '404.html'), 'utf8');
  const asset = firstFile('_astro', '.css');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(servers)('$name', ({ start }) => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await start(dist);
    });
    afterAll(async () => {
      await server?.stop();
    });
    const get = (path: string, init: RequestInit = {}) => fetch(server.url + path, { redirect: 'manual', ...init });
    const locationOf = (response: Response) => {
      const location = new URL(response.headers.get('location') ?? '', server.url + '/');
      return location.pathname + location.search;
    };

    it.each(['/', '/ports/', '/ports/626/', '/ports/0/', '/software/', '/search/', asset, '/pagefind/pagefind.js', '/sitemap-index.xml'])(
      'answers %s with 200',
      async (path) => {
        const response = await get(path);
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      },
    );

    // The short-link rule of the 404 page's script decides; the servers must agree with it.
    const shortLinks = ['/626', '/626/', '/port/626', '/port/626/', '/ports/626', '/0', '/0626', '/65535'];
    it.each(shortLinks)('sends the short link %s to its port page with a 301, as shortLinkTarget does', async (path) => {
      const response = await get(path);
      expect(response.status).toBe(301);
      expect(locationOf(response)).toBe(shortLinkTarget(path));
    });

    it('keeps the query string of a short link', async () => {
      expect(locationOf(await get('/port/22?from=forum'))).toBe('/ports/22/?from=forum');
    });

    it.each([
      ['626', '/ports/626/'],
      ['+626+', '/ports/626/'],
      ['0', '/ports/0/'],
      ['65535', '/ports/65535/'],
    ])('sends the port box without JavaScript (/ports/?port=%s) to %s with a 301', async (value, target) => {
      const response = await get(`/ports/?port=${value}`);
      expect(response.status).toBe(301);
      expect(locationOf(response)).toBe(target);
    });

    it.each(['70000', 'abc', ''])('shows the list of all ports for /ports/?port=%s, which is no port', async (value) => {
      const response = await get(`/ports/?port=${value}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<h1 class="mb-2 text-3xl font-bold">All ports, 0 to 65535</h1>');
    });

    it.each(['/70000', '/65536', '/port/99999', '/ports/70000/', '/no-such-page', '/_headers', '/_redirects'])(
      'answers %s with 404 and the site’s 404 page',
      async (path) => {
        expect(shortLinkTarget(path)).toBeNull();
        const response = await get(path);
        expect(response.status).toBe(404);
        expect(await response.text()).toBe(notFoundPage);
      },
    );

    it('sends every header of dist/_headers, with the same values, on pages, assets, redirects and the 404 page', async () => {
      const samples = ['/', '/ports/626/', asset, '/626', '/no-such-page'];
      // Each rule of _headers is checked on some sample: a rule added there cannot go unserved.
      for (const rule of rules) expect(samples.some((s) => headersRulePattern(rule.path).test(s)), rule.path).toBe(true);
      for (const path of samples) {
        const response = await get(path);
        await response.arrayBuffer();
        const expected = headersFor(rules, path);
        expect(expected.map(([name]) => name)).toContain('Content-Security-Policy');
        for (const [name, value] of expected) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
    });

    it('caches hashed files for good and has everything else revalidated', async () => {
      const immutable = 'public, max-age=31536000, immutable';
      const cases: [string, string][] = [
        [asset, immutable],
        [firstFile('pagefind/index', '.pf_index'), immutable],
        [firstFile('pagefind', '.pf_meta'), immutable],
        ['/', 'no-cache'],
        ['/ports/626/', 'no-cache'],
        ['/pagefind/pagefind-entry.json', 'no-cache'],
        ['/pagefind/pagefind.js', 'no-cache'],
        [firstFile('pagefind/fragment', '.pf_fragment'), 'no-cache'],
        ['/no-such-page', 'no-cache'],
      ];
      for (const [path, cacheControl] of cases) {
        const response = await get(path);
        await response.arrayBuffer();
        expect(response.headers.get('cache-control'), path).toBe(cacheControl);
      }
    });

    it.each(['/ports/626/', asset, '/pagefind/pagefind.js'])('compresses %s with gzip for a client that asks', async (path) => {
      const response = await get(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect((await response.text()).length).toBeGreaterThan(500);
    });

    it.each([
      ['the 404 page', '/no-such-page', '#missing-port'],
      ['the list of all ports', '/ports/', '#port-number'],
    ])('takes a reader without JavaScript from the form on %s to the port page', async (_, path, field) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.fill(field, '626');
      await page.locator('form', { has: page.locator(field) }).getByRole('button', { name: 'Go' }).click();
      await page.waitForURL(`${server.url}/ports/626/`, { timeout: 5000 });
      expect(await page.title()).toBe('Port 626: asia, serialnumberd · Port Atlas');
      await context.close();
    });
  });
});
