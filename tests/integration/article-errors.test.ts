import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const fixtures: string[] = [];

const VALID = `---
port: 626
title: Port 626
description: A description long enough for the schema, which wants at least fifty characters.
updated: 2026-11-22
---

Body.
`;

/** A copy of the site with only the given articles, so that `astro sync` validates just them. */
function fixtureWith(articles: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'port-atlas-articles-'));
  fixtures.push(root);
  for (const dir of ['src', 'node_modules']) symlinkSync(join(repo, dir), join(root, dir));
  for (const file of ['package.json', 'astro.config.mjs', 'tsconfig.json']) copyFileSync(join(repo, file), join(root, file));
  mkdirSync(join(root, 'content/ports'), { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(root, 'content/ports', name), text);
  return root;
}

/** Runs `astro sync` (which loads and validates every collection) and returns its exit code and output. */
function sync(root: string) {
  const run = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => {
  for (const root of fixtures) rmSync(root, { recursive: true, force: true });
});

describe('article validation', () => {
  it('accepts a valid article', () => {
    expect(sync(fixtureWith({ '626.mdx': VALID })).status).toBe(0);
  });

  it.each([
    ['a port outside 0-65535', VALID.replace('port: 626', 'port: 70000'), 'port', /between 0 and 65535/],
    ['a missing title', VALID.replace('title: Port 626\n', ''), 'title', /title is required/],
    ['a malformed date', VALID.replace('updated: 2026-11-22', 'updated: sometime'), 'updated', /must be a date/],
    ['a port that is not a number', VALID.replace('port: 626', 'port: six-two-six'), 'port', /must be a number/],
  ])('fails the build for %s, naming the file and the field', (_, text, field, message) => {
    const { status, output } = sync(fixtureWith({ 'bad-article.mdx': text }));
    expect(status).not.toBe(0);
    expect(output).toContain('bad-article.mdx');
    expect(output).toMatch(new RegExp(`^\\s*${field}: `, "m"));
    expect(output).toMatch(message);
  });

  it('fails the build for two articles about one port, naming both files', () => {
    const { status, output } = sync(fixtureWith({ '626.mdx': VALID, 'serialnumberd.mdx': VALID }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Two articles for port 626/);
    expect(output).toContain('626.mdx');
    expect(output).toContain('serialnumberd.mdx');
    expect(output).toContain('`port: 626`');
  });
});
