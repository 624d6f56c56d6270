import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/deploy/headers-file';
import { fillTemplate, renderServerConfig, siteWideHeaders } from '../../src/lib/deploy/server-config';

const headersFile = [
  '/*',
  "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc+/=' 'wasm-unsafe-eval'",
  '  X-Content-Type-Options: nosniff',
  '/_astro/*',
  '  Cache-Control: public, max-age=31536000, immutable',
  '',
].join('\n');
const template = (file: string) => readFileSync(resolve(import.meta.dirname, '../../deploy', file), 'utf8');

describe('parseHeadersFile', () => {
  it('reads paths and their indented headers, and gives a path every rule it matches', () => {
    const rules = parseHeadersFile(`# comment\n${headersFile}`);
    expect(rules.map((r) => r.path)).toEqual(['/*', '/_astro/*']);
    expect(headersFor(rules, '/_astro/a.css').map(([name]) => name)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Cache-Control']);
    expect(headersFor(rules, '/ports/626/')).toHaveLength(2);
  });

  it('names the line of a header that belongs to no path', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/_headers line 1/);
  });
});

describe('renderServerConfig', () => {
  it('writes the "/*" headers of _headers into nginx and Caddy syntax, values untouched', () => {
    const nginx = renderServerConfig('nginx', template('nginx.conf'), { root: '/srv/port-atlas/', listen: '127.0.0.1:8080', headersFile });
    expect(nginx).toContain(`    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc+/=' 'wasm-unsafe-eval'" always;\n    add_header X-Content-Type-Options "nosniff" always;`);
    expect(nginx).toContain('root /srv/port-atlas;');
    expect(nginx).toContain('listen 127.0.0.1:8080;');
    const caddy = renderServerConfig('caddy', template('Caddyfile'), { root: '/srv/port-atlas', listen: 'ports.example.org', headersFile });
    expect(caddy).toContain('\t\tX-Content-Type-Options "nosniff"\n');
    expect(caddy).toMatch(/^ports\.example\.org \{$/m);
    for (const text of [nginx, caddy]) expect(text).not.toMatch(/@[A-Z_]+@/);
  });

  it('refuses a value the server would read as syntax, naming the header', () => {
    const withQuote = '/*\n  X-Test: a "quoted" word\n';
    expect(() => renderServerConfig('nginx', template('nginx.conf'), { root: '/srv', listen: '80', headersFile: withQuote })).toThrow(/X-Test/);
    const withDollar = '/*\n  X-Test: $host\n';
    expect(() => renderServerConfig('nginx', template('nginx.conf'), { root: '/srv', listen: '80', headersFile: withDollar })).toThrow(/X-Test.*nginx/);
    const withBrace = '/*\n  X-Test: {path}\n';
    expect(() => renderServerConfig('caddy', template('Caddyfile'), { root: '/srv', listen: ':80', headersFile: withBrace })).toThrow(/X-Test.*caddy/);
  });

  it('refuses a relative root, a root with spaces and an _headers without "/*"', () => {
    expect(() => renderServerConfig('nginx', template('nginx.conf'), { root: 'dist', listen: '80', headersFile })).toThrow(/absolute path/);
    expect(() => renderServerConfig('nginx', template('nginx.conf'), { root: '/my site', listen: '80', headersFile })).toThrow(/absolute path/);
    expect(() => siteWideHeaders('/_astro/*\n  Cache-Control: no-cache\n')).toThrow(/no headers for "\/\*"/);
  });
});

describe('fillTemplate', () => {
  it('indents a several-line value like its placeholder line', () => {
    expect(fillTemplate('a {\n    @LINES@\n}', { LINES: 'x;\ny;' })).toBe('a {\n    x;\n    y;\n}');
  });

  it('fails on a placeholder without a value, and on a value without a placeholder', () => {
    expect(() => fillTemplate('root @ROOT@; listen @PORT@;', { ROOT: '/srv' })).toThrow(/no value for @PORT@/);
    expect(() => fillTemplate('root @ROOT@;', { ROOT: '/srv', LISTEN: '80' })).toThrow(/no @LISTEN@ placeholder/);
  });
});
