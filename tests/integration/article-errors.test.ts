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

  it('fails the build for an impossible date, which YAML would roll over to March', () => {
    const { status, output } = syncWith({ 'ports/bad-date.mdx': VALID.replace('updated: 2026-11-22', 'updated: 2026-02-30') });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-date.mdx');
    expect(output).toMatch(/the field `updated` is 2026-02-30, which is not a day of the calendar/);
  });

  it('fails the build for a footnote reference without a definition, naming the file and the reference', () => {
    const text = VALID.replace('Body.', 'A claim.[^rfc] Another.[^gone]\n\n[^rfc]: IETF, RFC 6335: https://www.rfc-editor.org/rfc/rfc6335');
    const { status, output } = syncWith({ 'ports/bad-footnote.mdx': text });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-footnote.mdx');
    expect(output).toContain('the footnote reference [^gone] has no definition');
  });

  it('fails the build for a footnote without a link to its source', () => {
    const text = VALID.replace('Body.', 'A claim.[^rfc]\n\n[^rfc]: IETF, RFC 6335, somewhere.');
    const { status, output } = syncWith({ 'ports/no-link.mdx': text });
    expect(status).not.toBe(0);
    expect(output).toContain('the footnote [^rfc] has no http(s) link to its source');
  });

  it('accepts footnote-like text inside code', () => {
    const text = VALID.replace('Body.', 'Use `[^x]` in a regex.\n\n```sh\ngrep "[^a]" file\n```');
    expect(syncWith({ 'ports/626.mdx': text }).status).toBe(0);
  });

  it('fails the build for a related port outside 0-65535, naming the field', () => {
    const { status, output } = syncWith({ 'ports/bad-related.mdx': VALID.replace('updated: 2026-11-22', 'updated: 2026-11-22\nrelated: [22, 70000]') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/related/);
    expect(output).toMatch(/between 0 and 65535/);
  });

  it('fails the build for an unknown exposure level, naming the field', () => {
    const text = VALID.replace('updated: 2026-11-22', 'updated: 2026-11-22\nexposure:\n  level: maybe\n  reason: A reason long enough to pass the length check.');
    const { status, output } = syncWith({ 'ports/bad-exposure.mdx': text });
    expect(status).not.toBe(0);
    expect(output).toMatch(/exposure\.level must be one of: public, guarded, private, local/);
  });

  it('fails the build for two articles about one port, naming both files', () => {
    const { status, output } = syncWith({ 'ports/626.mdx': VALID, 'ports/serialnumberd.mdx': VALID });
    expect(status).not.toBe(0);
    expect(output).toMatch(/both set the field `port: 626`, which must be unique/);
    expect(output).toContain('626.mdx');
    expect(output).toContain('serialnumberd.mdx');
  });
});
