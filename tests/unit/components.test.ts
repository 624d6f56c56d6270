import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RangeExplainer from '../../src/components/RangeExplainer.astro';
import RegistryTable from '../../src/components/RegistryTable.astro';
import { registryRecordSchema } from '../../src/schemas/registry';

const container = await AstroContainer.create();
/** The text a reader sees (tests render in dev mode, which adds source attributes to tags). */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('RegistryTable', () => {
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
    const html = await container.renderToString(RegistryTable, { props: { port: 104, records: [hostile] } });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&amp; Comm. &lt;script&gt;alert(');
    expect(html).toMatch(/(&quot;|&#34;)quoted(&quot;|&#34;)/);
  });

  it('keeps every record, one row each', async () => {
    const base = { description: 'HTTP', status: 'assigned', source: { id: 't', label: 't', version: '1' } };
    const records = ['tcp', 'udp', 'sctp'].map((transport, i) =>
      registryRecordSchema.parse({ ...base, port: 80, portEnd: 80, transport, serviceName: ['http', 'http', 'www'][i] }),
    );
    const html = await container.renderToString(RegistryTable, { props: { port: 80, records } });
    expect(html.match(/data-record/g)).toHaveLength(3);
    expect(textOf(html)).toContain('www');
  });

  it('says so when there is no record', async () => {
    const html = await container.renderToString(RegistryTable, { props: { port: 65535, records: [] } });
    expect(html).toContain('unassigned');
  });
});

describe('RangeExplainer', () => {
  it.each([
    [0, 'System', 'CAP_NET_BIND_SERVICE'],
    [1023, 'System', 'macOS since 10.14'],
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
