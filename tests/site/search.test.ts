/**
 * Site search in a real browser, over the built dist/ (run `npm run build` first): the header box,
 * the /search/ page, relevance of the first result, keyboard use, and what loads when.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/lib/search/parse-search-query';
import { servedInChromium } from '../support/served-chromium';
import { firstQueryCost } from '../support/first-query-cost';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');
const built = existsSync(join(dist, 'pagefind/pagefind.js'));

describe.skipIf(skipWithout(built))('site search', () => {
  const served = servedInChromium(dist);
  let page: Page;

  beforeEach(async () => {
    const own = await served.browser.newPage();
    page = own;
    return () => own.close();
  });

  /** Types into the header box and returns the result links once the answer for `query` is shown. */
  async function resultsFor(query: string): Promise<string[]> {
    if (!page.url().startsWith(served.site.url)) await page.goto(`${served.site.url}/`);
    await page.fill('#site-search', query);
    // The status names what it answers: wait for the answer to this query, not the last one.
    const q = parseSearchQuery(query);
    const answer =
      q.kind === 'port'
        ? `Port ${q.port}:`
        : q.kind === 'text'
          ? `“${q.text}”`
          : q.kind === 'not-a-port'
            ? q.message
            : '';
    await page.waitForFunction(
      (text) => document.querySelector('search-box [data-status]')?.textContent?.includes(text),
      answer,
    );
    return page
      .locator('#site-search-results [role="option"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  describe('puts the right page first', () => {
    // One page for the whole table: the index loads once, as it does for someone searching twice.
    let shared: Page;
    beforeAll(async () => {
      shared = await served.browser.newPage();
    });
    afterAll(() => shared.close());
    beforeEach(() => {
      page = shared;
    });

    it.each([
      // Numbers, in the forms people paste, including unassigned ports and both ends of the range.
      ['8080', '/ports/8080/'],
      [':8080', '/ports/8080/'],
      ['port 8080', '/ports/8080/'],
      ['8080/udp', '/ports/8080/'],
      ['tcp 8080', '/ports/8080/'],
      ['0', '/ports/0/'],
      ['65535', '/ports/65535/'],
      ['25565', '/ports/25565/'],
      ['127.0.0.1:5432', '/ports/5432/'],
      // IANA service names.
      ['telnet', '/ports/23/'],
      ['imaps', '/ports/993/'],
      ['ssh', '/ports/22/'],
      ['ldap', '/ports/389/'],
      ['syslog', '/ports/514/'],
      ['kerberos', '/ports/88/'],
      ['ms-sql-s', '/ports/1433/'],
      ['postgresql', '/ports/5432/'],
      ['and-lm', '/ports/2646/'],
      // A name in use that IANA does not list (from the article's `names`).
      ['serialnumberd', '/ports/626/'],
      // Phrases from the registry's descriptions.
      ['secure shell', '/ports/22/'],
      ['network time protocol', '/ports/123/'],
    ])('%j -> %s', async (query, first) => {
      expect((await resultsFor(query))[0]).toBe(first);
    });

    // Products lead to the port where they lead (tier), a protocol's common name to its port, and an
    // exact product beats one whose name merely contains the word ("grafana" before "Grafana Loki").
    it.each([
      ['grafana', '/ports/3000/'],
      ['jenkins', '/ports/8080/'],
      ['docker', '/ports/2375/'],
      ['imap', '/ports/143/'],
      ['samba', '/ports/445/'],
      ['openssh', '/ports/22/'],
      ['mongodb', '/ports/27017/'],
      ['syncthing', '/ports/22000/'],
    ])('product %j -> %s', async (query, first) => {
      expect((await resultsFor(query))[0]).toBe(first);
    });
  });

  it('lists every port whose description has a phrase, each with the phrase marked', async () => {
    await page.goto(`${served.site.url}/search/?q=license+manager`);
    await page.waitForFunction(() =>
      /ports match/.test(document.querySelector('search-page [data-status]')?.textContent ?? ''),
    );
    const count = Number(/(\d+) ports match/.exec((await page.textContent('search-page [data-status]')) ?? '')?.[1]);
    expect(count).toBeGreaterThan(20);
    const results = page.locator('[data-results] a.search-hit');
    await expect.poll(() => results.count()).toBe(20);
    const marked = await results.locator('.search-hit-summary').evaluateAll((spans) =>
      spans.map((s) =>
        [...s.querySelectorAll('mark')]
          .map((m) => m.textContent)
          .join(' ')
          .toLowerCase(),
      ),
    );
    for (const words of marked) expect(words).toMatch(/licen[cs]e.*manager/);
    // Twenty at a time; focus goes to the first of the new ones.
    await page.click('[data-more]');
    await expect.poll(() => results.count()).toBe(Math.min(40, count));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await results.nth(20).getAttribute('href'),
    );
  });

  it('shows the port number, names and summary of a result', async () => {
    // A port without an article: its summary is the registry's sentence.
    await resultsFor('telnets');
    const first = page.locator('#site-search-results [role="option"]').first();
    expect(await first.locator('.search-hit-port').textContent()).toBe('992');
    expect(await first.locator('.search-hit-names').innerHTML()).toBe('<mark>telnets</mark>');
    expect(await first.locator('.search-hit-summary').textContent()).toBe('IANA lists port 992 as telnets (telnet protocol over TLS/SSL) on TCP and UDP.');
  });

  it('answers a port number without waiting for the index', async () => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${served.site.url}/`);
    await page.fill('#site-search', '60999');
    await expect
      .poll(() => page.locator('#site-search-results [role="option"]').first().getAttribute('href'))
      .toBe('/ports/60999/');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/ports/60999/');
    expect(await page.textContent('h1')).toBe('Port 60999');
  });

  it('says that 70000 is not a port number', async () => {
    expect(await resultsFor('70000')).toEqual([]);
    expect(await page.textContent('search-box [data-status]')).toBe(
      '70000 is not a port number: the highest port is 65535.',
    );
  });

  it('gives a query without results a helpful empty state', async () => {
    // Pagefind falls back to shorter words for an unknown Latin word, so the query is in Cyrillic.
    expect(await resultsFor('чебурашка')).toEqual([]);
    const status = page.locator('search-box [data-status]');
    expect(await status.textContent()).toMatch(/No port matches “чебурашка”\. Try a service name such as ssh/);
    expect(await status.locator('a').getAttribute('href')).toBe('/ports/');
  });

  describe('keyboard', () => {
    it('opens with / and with Ctrl+K, moves with the arrows, opens the active result with Enter', async () => {
      await page.goto(`${served.site.url}/ports/626/`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('telnet');
      const field = page.locator('#site-search');
      await expect.poll(() => field.getAttribute('aria-activedescendant')).toBe('site-search-results-0');
      expect(await field.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await field.getAttribute('aria-activedescendant')).toBe('site-search-results-1');
      const second = await page.locator('#site-search-results-1').getAttribute('href');
      expect(await page.locator('#site-search-results-1').getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${second}`);
    });

    it('closes with Esc, then clears the field', async () => {
      await resultsFor('ssh');
      const field = page.locator('#site-search');
      await page.keyboard.press('Escape');
      expect(await field.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('search-box [data-panel]').isHidden()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await field.inputValue()).toBe('');
    });

    it('leaves / alone while typing in another field', async () => {
      await page.goto(`${served.site.url}/ports/`);
      await page.fill('#port-number', '');
      await page.focus('#port-number');
      await page.keyboard.type('1/2');
      expect(await page.inputValue('#port-number')).toBe('1/2');
    });

    it('moves between results on the search page with the arrows and back to the field', async () => {
      await page.goto(`${served.site.url}/search/?q=ssh`);
      await page.waitForSelector('[data-results] a.search-hit');
      await page.focus('#search-query');
      await page.keyboard.press('ArrowDown');
      const focused = () =>
        page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
      expect(await focused()).toBe('/ports/22/');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).not.toBe('/ports/22/');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('search-query');
    });
  });

  describe('the /search/ page', () => {
    it('reads ?q= and filters, and keeps the address in step', async () => {
      await page.goto(`${served.site.url}/search/?q=imaps&transport=UDP`);
      await page.waitForFunction(() =>
        /“imaps”/.test(document.querySelector('search-page [data-status]')?.textContent ?? ''),
      );
      expect(await page.inputValue('#search-query')).toBe('imaps');
      // 993 is imaps on TCP only (IANA reserves 993/udp).
      const hrefs = await page
        .locator('[data-results] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).not.toContain('/ports/993/');
      await page.selectOption('select[name="transport"]', '');
      await expect.poll(() => page.locator('[data-results] a').first().getAttribute('href')).toBe('/ports/993/');
      expect(new URL(page.url()).search).toBe('?q=imaps');
      await page.fill('#search-query', 'license manager');
      await expect.poll(() => new URL(page.url()).search).toBe('?q=license+manager');
    });

    it('says search needs JavaScript when it is off, and links to the port list', async () => {
      const context = await served.browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(`${served.site.url}/search/?q=ssh`);
      expect(await noJs.textContent('main')).toContain('Search needs JavaScript');
      expect(await noJs.locator('main p:has-text("Search needs JavaScript") a').getAttribute('href')).toBe('/ports/');
      await context.close();
    });
  });

  describe('load cost', () => {
    it('loads nothing of the search until the field gets focus', async () => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${served.site.url}/ports/22/`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => p.startsWith('/pagefind/') || p.includes('search-view'))).toEqual([]);
      await page.focus('#site-search');
      await expect.poll(() => requests.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    });

    it('runs pagefind on the main thread: no worker script is fetched', async () => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await resultsFor('ssh');
      expect(requests.filter((p) => p.includes('worker'))).toEqual([]);
    });

    // The budget: everything a first query transfers, search code and index, gzip.
    it.each(['ssh', 'license manager', 'grafana', '8080'])('a first query for "%s" transfers at most 100 KB gzip', async (query) => {
      const fetched = await firstQueryCost(served.browser, served.site.url, query);
      const total = fetched.reduce((sum, f) => sum + f.sent, 0);
      const list = fetched.map((f) => `${f.sent} B ${f.path}`).join('\n');
      expect(fetched.some((f) => f.path.endsWith('.pf_meta')), list).toBe(true);
      expect(total, `${total} B in ${fetched.length} requests:\n${list}`).toBeLessThanOrEqual(100 * 1024);
    });
  });
});
