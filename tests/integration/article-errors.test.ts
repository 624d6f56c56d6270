import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSyncer } from '../support/astro-fixture';

const { syncWith, removeFixtures } = fixtureSyncer();
afterAll(removeFixtures);

const VALID = `---
port: 626
title: Port 626
description: A description long enough for the schema, which wants at least fifty characters.
updated: 2026-11-22
---

Body.
`;

describe('article validation', () => {
  it('accepts a valid article', () => {
    expect(syncWith({ 'ports/626.mdx': VALID }).status).toBe(0);
  });

  it.each([
    ['a port outside 0-65535', VALID.replace('port: 626', 'port: 70000'), 'port', /between 0 and 65535/],
    ['a missing title', VALID.replace('title: Port 626\n', ''), 'title', /title is required/],
    ['a malformed date', VALID.replace('updated: 2026-11-22', 'updated: sometime'), 'updated', /must be a date/],
    ['a port that is not a number', VALID.replace('port: 626', 'port: six-two-six'), 'port', /must be a number/],
  ])('fails the build for %s, naming the file and the field', (_, text, field, message) => {
    const { status, output } = syncWith({ 'ports/bad-article.mdx': text });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-article.mdx');
    expect(output).toMatch(new RegExp(`^\\s*${field}: `, 'm'));
    expect(output).toMatch(message);
  });

  it('fails the build for two articles about one port, naming both files', () => {
    const { status, output } = syncWith({ 'ports/626.mdx': VALID, 'ports/serialnumberd.mdx': VALID });
    expect(status).not.toBe(0);
    expect(output).toMatch(/both set the field `port: 626`, which must be unique/);
    expect(output).toContain('626.mdx');
    expect(output).toContain('serialnumberd.mdx');
  });
});
