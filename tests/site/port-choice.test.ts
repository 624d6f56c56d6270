// "Using port N for your own service" on the port pages, and the finder's data agreeing with them.
// Built-site checks over dist/ (a sample build is enough): without dist/ these fail rather than skip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeClassRuns } from '../../src/lib/port-choice/class-runs';
import { classOfCode, judgePort } from '../../src/lib/port-choice/verdict';
import { visibleText } from '../support/html-text';

const dist = resolve(import.meta.dirname, '../../dist');
const read = (path: string) => {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build before the built-site tests`);
  return readFileSync(file, 'utf8');
};
const verdictOf = (port: number) => {
  const html = read(`ports/${port}/index.html`);
  const section = /<section class="verdict" data-choice="(good|care|avoid)"[^>]*>([\s\S]*?)<\/section>/.exec(html);
  if (!section) throw new Error(`/ports/${port}/ has no port-choice verdict`);
  return { verdict: section[1], text: visibleText(section[2]!), html: section[2]! };
};

describe('the verdict on port pages', () => {
  it.each([6000, 10080])('says browsers block %i, citing the Fetch standard, and offers good ports nearby', (port) => {
    const { verdict, text, html } = verdictOf(port);
    expect(verdict).toBe('avoid');
    expect(text).toContain(`Using port ${port} for your own service`);
    expect(text).toContain('Browsers refuse HTTP(S) to it');
    expect(html).toContain('href="https://fetch.spec.whatwg.org/#bad-port"');
    expect(html).toMatch(/Nearest good: <a href="\/ports\/\d+\/">/);
    expect(html).toContain(`href="/pick-a-port/?near=${port}"`);
  });

  it('names the products that use 3000 and says to avoid it for that', () => {
    const { verdict, text } = verdictOf(3000);
    expect(verdict).toBe('avoid');
    expect(text).toMatch(/Grafana\b.* use it: a service of yours would collide with them\./);
  });

  it.each([49152, 65000, 65535])('warns that %i is in the ephemeral range', (port) => {
    const { verdict, text } = verdictOf(port);
    expect(verdict).not.toBe('good');
    expect(text).toContain('Operating systems hand it to outgoing connections: ');
    expect(text).toContain('Windows (Vista and later) and macOS use 49152–65535');
    expect(text).toContain('A client socket can hold it when your service starts.');
  });

  it('calls an unassigned User-range port that nothing uses a good choice, without overclaiming', () => {
    const { verdict, text } = verdictOf(20011);
    expect(verdict).toBe('good');
    expect(text).toContain('A good choice.');
    expect(text).toContain('Unassigned does not mean unused');
  });

  it('links to the Windows excluded-range command on the same page', () => {
    const html = read('ports/20011/index.html');
    expect(html).toContain('<a href="#excluded">excluded ranges</a>');
    expect(html).toMatch(/<div class="cmd" id="excluded">/);
    expect(html).toMatch(/id="check"/);
    expect(html).toContain('excludedportrange');
  });
});

describe("the finder's data", () => {
  const codes = decodeClassRuns((JSON.parse(read('pick-a-port/data.json')) as { runs: string }).runs);

  it('gives every built port page the verdict the page shows', () => {
    const ports = readdirSync(join(dist, 'ports')).filter((d) => /^\d+$/.test(d)).map(Number);
    expect(ports.length).toBeGreaterThan(500);
    const differ = ports.filter((port) => judgePort(port, classOfCode(codes[port]!)).verdict !== verdictOf(port).verdict);
    expect(differ).toEqual([]);
  });
});
