/**
 * /pick-a-port/ in a real browser, over the built dist/: what it suggests passes the same rules as
 * the port pages, the data loads only on use, and without JavaScript the page still lists spans.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeClassRuns } from '../../src/lib/port-choice/class-runs';
import { classOfCode, judgePort } from '../../src/lib/port-choice/verdict';
import { servedInChromium } from '../support/served-chromium';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');
const dataFile = join(dist, 'pick-a-port/data.json');

describe.skipIf(skipWithout(dataFile))('the port finder', () => {
  const served = servedInChromium(dist);
  const codes = () => decodeClassRuns((JSON.parse(readFileSync(dataFile, 'utf8')) as { runs: string }).runs);


  /** The suggestions listed for `query`, as [port, verdict]. */
  async function suggestionsFor(page: Page, query: string): Promise<[number, string][]> {
    await page.fill('#finder-query', query);
    await page.click('port-finder button[type=submit]');
    await page.waitForFunction((q) => location.search === `?near=${encodeURIComponent(q)}` && document.querySelector('[data-results] li, [data-status]:not(:empty)') !== null, query);
    await page.waitForFunction(() => !document.querySelector('port-finder [data-status]')?.textContent?.startsWith('Loading'));
    return page.locator('[data-results] li').evaluateAll((items) => items.map((li) => [Number((li as HTMLElement).dataset.port), (li as HTMLElement).dataset.verdict ?? '']));
  }

  it('loads its data only once the box is used, then suggests only ports the rules accept', async () => {
    const page = await served.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${served.site.url}/pick-a-port/`);
    await page.waitForLoadState('networkidle');
    expect(fetched).not.toContain('/pick-a-port/data.json');

    const classes = codes();
    for (const query of ['near 3000', '8000-8999', '6000', '50000', '6000-6010']) {
      const found = await suggestionsFor(page, query);
      expect(found.length, query).toBeGreaterThan(0);
      for (const [port, verdict] of found) {
        const judged = judgePort(port, classOfCode(classes[port]!));
        expect(judged.verdict, `${query}: ${port}`).toBe(verdict);
        expect(verdict).not.toBe('avoid');
      }
    }
    expect(fetched.filter((p) => p === '/pick-a-port/data.json')).toHaveLength(1);
    // Near 3000 there are good ports: only good ones are offered, nearest first.
    const near = await suggestionsFor(page, 'near 3000');
    expect(near.every(([, v]) => v === 'good')).toBe(true);
    const distances = near.map(([p]) => Math.abs(p - 3000));
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    await expect(page.locator('[data-results] li copy-button').first().getAttribute('data-copy')).resolves.toBe(String(near[0]![0]));
    await page.close();
  });

  it('answers a link from a port page (?near=) and explains a bad query', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}/pick-a-port/?near=10080`);
    await page.waitForSelector('[data-results] li');
    expect(await page.inputValue('#finder-query')).toBe('10080');
    await page.fill('#finder-query', 'http');
    await page.click('port-finder button[type=submit]');
    await page.waitForFunction(() => document.querySelector('port-finder [data-status]')?.textContent?.includes('Type a port'));
    expect(await page.locator('[data-results] li').count()).toBe(0);
    await page.close();
  });

  it('lists good spans without JavaScript, each a good run by the rules', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.site.url}/pick-a-port/`);
    const spans = await page.locator('[data-spans] a').allTextContents();
    expect(spans.length).toBeGreaterThan(30);
    const classes = codes();
    for (const span of spans) {
      const [first, last = first] = span.split('–').map(Number) as [number, number?];
      for (let p = first; p <= last!; p++) expect(judgePort(p, classOfCode(classes[p]!)).verdict, `${span}: ${p}`).toBe('good');
    }
    await context.close();
  });
});
