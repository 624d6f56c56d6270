import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistry } from '../../src/loaders/registry-loader';
import { visibleText as textOf } from '../support/html-text';

const repo = resolve(import.meta.dirname, '../..');
// The XML edition of the snapshot the project ships (data/iana/), named with IANA_REGISTRY.
const xml = resolve(repo, 'data/iana/service-names-port-numbers.xml');
if (!existsSync(xml)) throw new Error(`${xml} is missing: restore it with git checkout data/iana`);

describe('the registry built from the official XML', () => {
  it('keeps every record that has a port, plus what only the package has, marked', () => {
    process.env.IANA_REGISTRY = xml;
    try {
      const { entries, sources } = readRegistry(repo);
      const text = readFileSync(xml, 'utf8');
      const withPort = (text.match(/<record[\s>][\s\S]*?<\/record>/g) ?? []).filter((r) => /<number>/.test(r)).length;
      const official = entries.filter((e) => !e.data.onlyIn);
      expect(official).toHaveLength(withPort);
      expect(entries.filter((e) => e.data.onlyIn === 'port-numbers').length).toBeGreaterThan(0);
      expect(sources.map((s) => s.id)).toEqual(['iana-xml', 'port-numbers']);
      expect(sources[0]!.updated).toBe(/<updated>([^<]+)<\/updated>/.exec(text)?.[1]);
    } finally {
      delete process.env.IANA_REGISTRY;
    }
  });

  describe('a sample build', () => {
    const out = mkdtempSync(join(tmpdir(), 'port-atlas-iana-'));
    const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    beforeAll(() => {
      const run = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out, '--force'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, IANA_REGISTRY: xml, PORT_ATLAS_SAMPLE: '1', NO_COLOR: '1' },
      });
      if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
    }, 300_000);
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('lists http, www and www-http on /ports/80/', () => {
      const html = page('ports/80');
      // The title names the protocol and its leading products; the registry table keeps every name.
      expect(html).toMatch(/<title>Port 80: HTTP \(/);
      const text = textOf(html);
      expect(text).toMatch(/Alias www \(TCP and UDP\)/);
      expect(text).toMatch(/Alias www-http \(TCP and UDP\)/);
      expect(html).toContain('href="https://www.rfc-editor.org/rfc/rfc9110"');
    });

    it('names Dick van der Sijs (and.nl) on /ports/2646/, never an e-mail address', () => {
      const html = page('ports/2646');
      expect(textOf(html)).toContain('Dick van der Sijs (and.nl)');
      expect(html).not.toMatch(/dick[@&]and\.nl/i);
    });

    it('shows the 225-241 range record on /ports/230/', () => {
      const text = textOf(page('ports/230'));
      expect(text).toContain('Range record: ports 225–241');
      expect(text).toContain('Reserved');
    });

    it('leads with the current name and labels the historic alias on /ports/63/', () => {
      const html = page('ports/63');
      expect(html).toContain('<title>Port 63: whoispp, whois++');
      expect(textOf(html)).toMatch(/Alias whois\+\+ \(TCP and UDP\), historic/);
    });

    it('shows the registry file and its updated date on every page', () => {
      for (const path of ['ports/80', 'ports/65535', '']) {
        expect(page(path)).toContain('IANA registry file (XML), updated 2024-03-18');
      }
    });
  });
});
