import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../../scripts/checks/page-types';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');

describe.skipIf(skipWithout(existsSync(resolve(dist, '_headers'))))('the Content-Security-Policy in _headers', () => {
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveStatic(dist, { applyHeaders: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is sent with every page, with the hardening headers', async () => {
    const response = await fetch(`${site.url}/ports/626/`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[^']+' 'wasm-unsafe-eval'/);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    expect(response.headers.get('permissions-policy')).toBeTruthy();
  });

  it('blocks an inline script that is not hashed, and this test sees it', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${site.url}/ports/626/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });

  it.each(PAGE_TYPES.map((t) => [t.name, t.path]))('causes no violation on the %s (%s), scripts running', async (_, path) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(site.url + path);
    // Exercise the interactive parts the page has, so their scripts run under the policy.
    await page.locator('theme-toggle button').click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    if (await page.locator('[role=tab]').count()) await page.locator('[role=tab]').nth(1).click();
    await page.waitForTimeout(200);
    expect(violations).toEqual([]);
    await page.close();
  });
});
