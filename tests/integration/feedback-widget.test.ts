import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedbackServer } from '../../feedback-receiver/src/server.ts';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/static-server';

const repo = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'port-atlas-widget-'));
const out = join(work, 'dist');
const dbPath = join(work, 'feedback.sqlite');
const rows = () => {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return db.prepare('SELECT page, vote, reason, comment FROM votes ORDER BY id').all();
  } finally {
    db.close();
  }
};

let site: Awaited<ReturnType<typeof serveStatic>>;
let receiver: Awaited<ReturnType<typeof startFeedbackServer>> | null;
let browser: Browser;

// The widget's endpoint is fixed at build time, so this test builds a sample of the site
// pointed at a receiver it starts itself, on ports the OS picks.
beforeAll(async () => {
  site = await serveStatic(out);
  receiver = await startFeedbackServer({ dbPath, port: 0, allowedOrigin: site.url });
  const build = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PORT_ATLAS_SAMPLE: '1', PUBLIC_FEEDBACK_URL: `${receiver.url}/api/feedback`, NO_COLOR: '1' },
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the feedback widget against a real receiver', () => {
  it('stores a happy vote at once', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/ports/626/`);
    await page.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => rows()).toEqual([{ page: '/ports/626/', vote: 3, reason: null, comment: null }]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Thank you' }).count()).toBe(1);
    await page.close();
  });

  it('asks why after an unhappy vote, by keyboard, and stores the reason and comment', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/ports/2646/`);
    await page.getByRole('button', { name: 'Not helpful' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'The commands did not work' }).check();
    await page.getByLabel('Anything else? (optional)').fill('netstat \u0007 line was wrong');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => rows().length).toBe(2);
    expect(rows()[1]).toEqual({ page: '/ports/2646/', vote: 1, reason: 'commands-failed', comment: 'netstat  line was wrong' });
    // It says the answer arrived only once the receiver took it, and keeps focus in the widget.
    await expect.poll(() => page.locator('[data-thanks]').textContent()).toBe('Thank you: your answer reached the people who maintain this page.');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-thanks'))).toBe(true);
    // The vote is remembered: a reload shows it pressed, without asking for a form that is not there.
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Not helpful' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-thanks]').textContent()).toBe('Thank you for your answer.');
    await page.close();
  });

  it('still thanks the reader, without an uncaught error, when the receiver is down', async () => {
    await receiver!.close();
    receiver = null;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/ports/65535/`);
    await page.getByRole('button', { name: 'Helpful', exact: true }).click();
    await expect.poll(() => page.locator('[data-thanks]').textContent()).toContain('Thank you');
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when a follow-up could not be sent', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/ports/1/`);
    await page.getByRole('button', { name: 'Not helpful' }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('[data-thanks]').textContent()).toBe('Thank you. Your answer could not be sent just now; it is kept in this browser.');
    await page.close();
  });
});
