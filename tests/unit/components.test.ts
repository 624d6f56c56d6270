import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ArticleHeading from '../../src/components/mdx/ArticleHeading.astro';
import RangeExplainer from '../../src/components/RangeExplainer.astro';
import SectionHeading from '../../src/components/SectionHeading.astro';
import { pageLinks } from '../../src/render/port-page/page-links';
import { registryTable } from '../../src/render/port-page/registry-table';
import { registryRecordSchema } from '../../src/schemas/registry';

const container = await AstroContainer.create();
/** The text a reader sees (tests render in dev mode, which adds source attributes to tags). */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('registryTable', () => {
  it('shows registry text as text: <, & and quotes are escaped, never markup', async () => {
    const hostile = registryRecordSchema.parse({
      port: 104,
      portEnd: 104,
      transport: 'tcp',
      serviceName: 'acr-nema',
      description: 'Digital Imag. & Comm. <script>alert("x")</script> "quoted"',
      status: 'assigned',
      source: { id: 't', label: 't', version: '1' },
    });
    const html = registryTable(104, [hostile], []).value;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&amp; Comm. &lt;script&gt;alert(');
    expect(html).toMatch(/(&quot;|&#34;)quoted(&quot;|&#34;)/);
  });

  it('groups transports and aliases under the primary name, keeping every record', async () => {
    const base = { description: 'World Wide Web HTTP', status: 'assigned', source: { id: 't', label: 't', version: '1' } };
    const rec = (transport: string, serviceName: string, aliasOf: string | null = null) =>
      registryRecordSchema.parse({ ...base, port: 80, portEnd: 80, transport, serviceName, aliasOf });
    const records = [rec('tcp', 'http'), rec('udp', 'http'), rec('sctp', 'http'), rec('tcp', 'www', 'http'), rec('udp', 'www', 'http'), rec('tcp', 'www-http', 'http')];
    const html = registryTable(80, records, []).value;
    const counts = [...html.matchAll(/data-records="(\d+)"/g)].map((m) => Number(m[1]));
    expect(counts).toEqual([6]);
    const text = textOf(html);
    expect(text).toContain('TCP, UDP and SCTP');
    expect(text).toMatch(/Alias www \(TCP and UDP\)/);
    expect(text).toMatch(/Alias www-http \(TCP\)/);
  });

  it('names people, never their e-mail addresses, and links RFCs', async () => {
    const record = registryRecordSchema.parse({
      port: 2646, portEnd: 2646, transport: 'tcp', serviceName: 'and-lm', description: 'AND License Manager', status: 'assigned',
      assignees: [{ id: 'Dick_van_der_Sijs', name: 'Dick van der Sijs', domain: 'and.nl' }],
      contacts: [{ id: 'Dick_van_der_Sijs', name: 'Dick van der Sijs', domain: 'and.nl' }],
      references: [{ kind: 'rfc', label: 'RFC 6335', url: 'https://www.rfc-editor.org/rfc/rfc6335' }],
      unauthorizedUse: 'Used by something else', source: { id: 't', label: 't', version: '1' },
    });
    const html = registryTable(2646, [record], []).value;
    expect(textOf(html)).toContain('Assignee: Dick van der Sijs (and.nl)');
    expect(html).not.toContain('@');
    expect(html).toMatch(/href="https:\/\/www.rfc-editor.org\/rfc\/rfc6335"/);
    expect(textOf(html)).toContain('Unauthorized use reported: Used by something else');
  });

  it('leaves the section out for an unassigned port, whose summary and nearby-ports list say it', () => {
    expect(registryTable(65535, [], []).value).toBe('');
    const unassigned = registryRecordSchema.parse({
      port: 34568, portEnd: 34961, transport: null, serviceName: '', description: 'Unassigned', status: 'unassigned', source: { id: 't', label: 't', version: '1' },
    });
    expect(registryTable(34806, [unassigned], []).value).toBe('');
  });
});

describe('RangeExplainer', () => {
  it.each([
    [0, 'System', 'CAP_NET_BIND_SERVICE'],
    [1023, 'System', 'binding it on one address, such as 127.0.0.1, still needs root'],
    [1024, 'User', 'without special privileges'],
    [49151, 'User', '32768–60999'],
    [49152, 'Dynamic/Private', 'ephemeral ports'],
    [65535, 'Dynamic/Private', '49152–65535'],
  ])('explains port %i as %s', async (port, name, detail) => {
    const html = await container.renderToString(RangeExplainer, { props: { port } });
    expect(textOf(html)).toContain(`Port ${port} is in the ${name} range`);
    expect(textOf(html)).toContain(detail);
    expect(html).toContain('<svg');
  });
});

describe('SectionHeading', () => {
  const request = new Request('https://ports.example.org/ports/626/');

  it('links the section and gives it a copy button, which the browser completes (links-browser.test.ts)', async () => {
    const html = await container.renderToString(SectionHeading, {
      props: { id: 'registry', text: 'IANA registry', class: 'text-xl' },
      request,
    });
    expect(html).toContain('<h2 id="registry" class="text-xl"><a href="#registry" class="hd-a">IANA registry</a></h2>');
    expect(html).toContain('<copy-button class="hd-c" data-section></copy-button>');
  });

  it('keeps article prose styles off its button (global.css undoes them on the link)', async () => {
    const html = await container.renderToString(SectionHeading, { props: { id: 'x', text: 'X', prose: true }, request });
    expect(html).toContain('<a href="#x" class="hd-a">X</a>');
    expect(html).toContain('class="hd-c not-prose"');
  });

  it('renders the level asked for', async () => {
    const html = await container.renderToString(SectionHeading, { props: { id: 'sub', text: 'Sub', level: 3 }, request });
    expect(html).toMatch(/<h3 id="sub"/);
  });
});

describe('ArticleHeading', () => {
  const request = new Request('https://ports.example.org/ports/626/');

  it('keeps the markup of an article heading and names the section by its text', async () => {
    const html = await container.renderToString(ArticleHeading, {
      props: { id: 'ss-and-lsof' },
      slots: { default: '<code>ss</code> &amp; lsof' },
      request,
    });
    expect(html).toMatch(/<h2 id="ss-and-lsof"[^>]*><a href="#ss-and-lsof" class="hd-a"><code>ss<\/code> &amp; lsof<\/a><\/h2>/);
  });

  it('leaves a visually hidden heading (the footnotes label) without links', async () => {
    const html = await container.renderToString(ArticleHeading, {
      props: { id: 'footnote-label', class: 'sr-only' },
      slots: { default: 'Footnotes' },
      request,
    });
    expect(html).toMatch(/<h2 id="footnote-label" class="sr-only"/);
    expect(html).not.toContain('hd-a');
    expect(html).not.toContain('copy-button');
  });
});

describe('pageLinks', () => {
  it('leaves the row for the copy buttons, which src/browser/page-links.ts makes, with the Markdown link text', () => {
    expect(pageLinks('Port 626 - asia, serialnumberd').value).toBe('<div class="page-links" data-page-links="Port 626 - asia, serialnumberd"></div>');
  });
});
