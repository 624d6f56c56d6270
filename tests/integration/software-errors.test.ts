import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSyncer } from '../support/astro-fixture';

const { syncWith, removeFixtures } = fixtureSyncer();
afterAll(removeFixtures);

const hugo = (slug = 'hugo') => `slug: ${slug}
name: Hugo
vendor: Hugo project
homepage: https://gohugo.io/
category: dev-tools
status: current
description: Static site generator with a live-reloading development server.
ports:
  - port: 1313
    transport: tcp
    purpose: development server (hugo server)
    default: true
    source: https://gohugo.io/commands/hugo_server/
    sourceKind: project
`;

describe('software validation', () => {
  it('accepts a valid entry, with a range', () => {
    const withRange = hugo().replace('port: 1313', 'port: "1313-1315"');
    expect(syncWith({ 'software/hugo.yaml': withRange }).status).toBe(0);
  });

  it.each([
    ['a port outside 0-65535', hugo().replace('port: 1313', 'port: 70000'), 'ports.0.port', /0-65535/],
    ['a backwards range', hugo().replace('port: 1313', 'port: "1315-1313"'), 'ports.0.port', /range/],
    ['an unknown category', hugo().replace('category: dev-tools', 'category: toys'), 'category', /category must be one of/],
    ['an unknown transport', hugo().replace('transport: tcp', 'transport: quic'), 'ports.0.transport', /tcp/],
    ['a missing source', hugo().replace(/\n\s+source: .*/, ''), 'ports.0.source', /source/],
    ['a source that is not http(s)', hugo().replace('https://gohugo.io/commands', 'ftp://gohugo.io/commands'), 'ports.0.source', /http\(s\) URL/],
    ['no ports', hugo().replace(/ports:[\s\S]*$/, 'ports: []\n'), 'ports', /at least one port/],
    ['an unknown source kind', hugo().replace('sourceKind: project', 'sourceKind: blog'), 'ports.0.sourceKind', /sourceKind must be one of: standard, vendor, project, third-party/],
    ['a primary tier without a basis', hugo().replace('default: true', 'default: true\n    tier: primary'), 'ports.0.basis', /basis is required when tier is primary/],
    ['a measured basis without a date', hugo().replace('default: true', 'default: true\n    tier: common\n    basis:\n      kind: measured\n      reason: A figure from a survey of sites.\n      source: https://example.org/survey'), 'ports.0.basis.date', /basis.date is required/],
    ['an implements that is not a service name', hugo().replace('default: true', 'default: true\n    implements: HTTP Server'), 'ports.0.implements', /IANA service name in lower case/],
  ])('fails the build for %s, naming the file and the field', (_, text, field, message) => {
    const { status, output } = syncWith({ 'software/hugo.yaml': text });
    expect(status).not.toBe(0);
    expect(output).toContain('hugo.yaml');
    expect(output).toMatch(new RegExp(`^\\s*${field.replace(/\./g, '\\.')}: `, 'm'));
    expect(output).toMatch(message);
  });

  it('fails the build for a duplicate slug, naming both files', () => {
    const { status, output } = syncWith({ 'software/hugo.yaml': hugo(), 'software/nested/hugo.yaml': hugo() });
    expect(status).not.toBe(0);
    expect(output).toMatch(/both set the field `slug: hugo`, which must be unique/);
    expect(output).toContain('nested/hugo.yaml');
  });

  it('fails the build when the slug does not match the file name', () => {
    const { status, output } = syncWith({ 'software/hugo.yaml': hugo('hugo-server') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/hugo\.yaml: the field `slug` is "hugo-server" but must equal the file name, "hugo"/);
  });
});
