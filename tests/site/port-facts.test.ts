// What the most-visited port pages say in their most visible places: titles, the first product,
// the usage note, provenance labels and articles. Built-site checks over dist/ (npm run build first):
// without dist/ these fail rather than skip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/built-html';
import { visibleText as textOf } from '../support/html-text';

const dist = resolve(import.meta.dirname, '../../dist');
const page = (path: string) => {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build before the built-site tests`);
  return readFileSync(file, 'utf8');
};
const titleOf = (html: string) => decodeEntities(/<title>([^<]*) · Port Atlas<\/title>/.exec(html)?.[1] ?? '');
const firstProduct = (html: string) => /data-software="([^"]+)"/.exec(html)?.[1];
const noteOf = (html: string) => /data-usage-note>([^<]*)</.exec(html)?.[1];

describe('titles name the protocol and the leading products', () => {
  it.each([
    [22, 'Port 22: SSH (OpenSSH, Dropbear SSH)'],
    [80, 'Port 80: HTTP (Apache, IIS, nginx)'],
    [443, 'Port 443: HTTPS (Apache, IIS, nginx)'],
    [53, 'Port 53: DNS (BIND, dnsmasq, Windows DNS)'],
    [3306, 'Port 3306: MySQL, MariaDB'],
    [5432, 'Port 5432: PostgreSQL'],
  ])('port %i', (port, title) => {
    expect(titleOf(page(`ports/${port}`))).toBe(title);
  });

  it('says what runs on a squatted port and what is registered', () => {
    expect(titleOf(page('ports/3000'))).toMatch(/^Port 3000: Grafana\b.*\(registered: [a-z-]+\)$/);
    expect(titleOf(page('ports/5000'))).toMatch(/^Port 5000: AirPlay Receiver\b.*\(registered: commplex-main\)$/);
  });

  it('never puts malware or historic products in a title, card text or copied link', () => {
    const dir = resolve(import.meta.dirname, '../../content/software');
    const demoted = readdirSync(dir)
      .map((f) => parse(readFileSync(join(dir, f), 'utf8')))
      .filter((s) => s.category === 'malware' || s.status === 'historic');
    expect(demoted.length).toBeGreaterThan(3);
    for (const product of demoted) {
      for (const use of product.ports) {
        const port = typeof use.port === 'number' ? use.port : Number(String(use.port).split('-')[0]);
        const html = page(`ports/${port}`);
        const shown = [titleOf(html), /property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '', /data-copy="(\[Port[^"]*)"/.exec(html)?.[1] ?? ''];
        for (const text of shown) expect(decodeEntities(text), `${product.name} on ${port}`).not.toContain(product.shortName ?? product.name);
      }
    }
  });
});

describe('the first product on the ports people look up', () => {
  it.each([
    [22, 'openssh'],
    [53, 'isc-bind'],
    [80, 'apache-httpd'],
    [443, 'apache-httpd'],
    [445, 'samba'],
    [3000, 'grafana'],
    [3389, 'windows-remote-desktop'],
    [5000, 'apple-airplay'],
    [8080, 'apache-tomcat'],
    [9200, 'elasticsearch'],
    [6379, 'redis'],
    [27017, 'mongodb'],
  ])('port %i leads with %s', (port, slug) => {
    expect(firstProduct(page(`ports/${port}`))).toBe(slug);
  });
});

describe('usage notes compare protocols', () => {
  it.each([53, 135, 137, 139, 445, 1433, 1723, 3389, 5353, 5985, 6379, 27017, 22, 80, 8080])(
    'port %i, where the products speak the registered protocol, has none',
    (port) => {
      expect(noteOf(page(`ports/${port}`))).toBeUndefined();
    },
  );

  it('warns on a port whose leading products speak something else', () => {
    expect(noteOf(page('ports/3000'))).toMatch(/^Real-world use differs from the registry: IANA registered port 3000 for .*Grafana/);
    expect(noteOf(page('ports/5000'))).toMatch(/IANA registered port 5000 for commplex-main, but it is also the default port of AirPlay/);
  });
});

describe('facts the review found wrong', () => {
  it('shows RDP on UDP 3389 as well as TCP', () => {
    const software = page('ports/3389');
    expect(textOf(software)).toMatch(/Remote Desktop[^]*UDP/);
  });

  it('does not present KDE Connect on 1723, which is PPTP', () => {
    const html = page('ports/1723');
    expect(html).not.toContain('data-software="kde-connect"');
    expect(firstProduct(html)).toBe('pptpd');
  });

  it('lists nothing of Steam as listening on 27017', () => {
    expect(textOf(page('ports/27017'))).not.toMatch(/Steam[^.]*the default port/);
  });

  it('keeps vsftpd on 21 as its default, not 20', () => {
    expect(firstProduct(page('ports/21'))).toBe('vsftpd');
    expect(textOf(page('ports/20'))).toMatch(/vsftpd[^]*not the default/);
  });

  it('labels a source by who wrote it', () => {
    const text = textOf(page('ports/5000'));
    expect(text).toContain('Reported by a third party');
    expect(textOf(page('ports/22'))).toContain('Documented by the project');
  });

  it('shows every registry name from the official file: http, www and www-http on 80', () => {
    const registry = textOf(page('ports/80').split('id="registry"')[1]!.split('</table>')[0]!);
    for (const name of ['http', 'www', 'www-http']) expect(registry).toContain(name);
  });
});

/** The ports people look up most, each of which must have an article (issue 13). */
const LOOKED_UP = [
  0, 7, 20, 21, 22, 23, 25, 53, 67, 68, 69, 80, 88, 110, 111, 119, 123, 135, 137, 138, 139, 143, 161, 162, 179, 389, 443, 445, 465, 500,
  514, 515, 520, 548, 554, 587, 626, 631, 636, 853, 873, 989, 990, 993, 995, 1080, 1194, 1433, 1434, 1521, 1701, 1723, 1812, 1883, 1900,
  2049, 2082, 2181, 2375, 2376, 2379, 2646, 3000, 3128, 3268, 3306, 3389, 3478, 3690, 4200, 4500, 5000, 5060, 5173, 5222, 5353, 5432,
  5601, 5672, 5900, 5985, 5986, 6000, 6379, 6443, 6667, 6881, 7000, 8000, 8080, 8081, 8086, 8200, 8443, 8500, 8883, 8888, 9000, 9001, 9050,
  9090, 9092, 9100, 9200, 9418, 10000, 10250, 11211, 11434, 15672, 19132, 25565, 27015, 27017, 32400, 33434, 49152, 51820, 65535,
];

describe('articles', () => {
  const articles = readdirSync(resolve(import.meta.dirname, '../../content/ports')).map((f) => Number(f.replace('.mdx', '')));

  it('exist for each of the 119 ports people look up most, on the port\'s own page', () => {
    expect(LOOKED_UP).toHaveLength(119);
    const missing = LOOKED_UP.filter((port) => !page(`ports/${port}`).includes('data-article'));
    expect(missing).toEqual([]);
  });

  it('are built on their port pages with an exposure verdict where they give one', () => {
    expect(articles.length).toBeGreaterThan(2);
    for (const port of articles) {
      const html = page(`ports/${port}`);
      expect(html, `/ports/${port}/`).toContain('data-article');
      expect(html, `/ports/${port}/`).not.toMatch(/\[\^[\w-]+\]/);
    }
    expect(page('ports/22')).toContain('data-exposure="guarded"');
  });

  it('resolve every footnote to a definition with an http(s) link', () => {
    for (const port of articles) {
      const html = page(`ports/${port}`);
      const refs = [...html.matchAll(/href="#(user-content-fn-[^"]+)"/g)].map((m) => m[1]!);
      for (const ref of refs) {
        const at = html.indexOf(`id="${ref}"`);
        expect(at, `/ports/${port}/ footnote ${ref} has no definition`).toBeGreaterThan(-1);
        const definition = html.slice(at, html.indexOf('</li>', at));
        expect(definition, `/ports/${port}/ footnote ${ref}`).toMatch(/href="https?:\/\//);
      }
    }
  });
});
