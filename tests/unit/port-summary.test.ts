import { describe, expect, it } from 'vitest';
import { mergeNames, portLinkText, portStatus, portTitle, serviceNamesOf, summarizePort } from '../../src/lib/ports/port-summary';
import { registryStatusOf } from '../../src/lib/ports/registry-status';
import { registryRecordSchema, type RegistryRecord } from '../../src/schemas/registry';

const source = { id: 'test', label: 'test data', version: '1' };
const record = (fields: Partial<RegistryRecord> & Pick<RegistryRecord, 'port' | 'transport' | 'serviceName' | 'description'>) =>
  registryRecordSchema.parse({
    portEnd: fields.port,
    status: registryStatusOf(fields.serviceName, fields.description),
    source,
    ...fields,
  });

describe('registryStatusOf', () => {
  it('reads IANA wording', () => {
    expect(registryStatusOf('asia', 'ASIA')).toBe('assigned');
    expect(registryStatusOf('', 'Reserved')).toBe('reserved');
    expect(registryStatusOf('', 'Unassigned')).toBe('unassigned');
    expect(registryStatusOf('', 'Unassigned [was netstat]')).toBe('unassigned');
    expect(registryStatusOf('', 'any private mail system')).toBe('assigned');
  });
});

describe('summarizePort', () => {
  it('says what IANA lists, on which transports, in which range', () => {
    const records = [
      record({ port: 626, transport: 'tcp', serviceName: 'asia', description: 'ASIA' }),
      record({ port: 626, transport: 'udp', serviceName: 'asia', description: 'ASIA' }),
    ];
    expect(summarizePort(626, records)).toBe(
      'IANA lists port 626 as asia on TCP and UDP. Port 626 is in the System range (0–1023).',
    );
  });

  it('keeps different services on one port apart', () => {
    const records = [
      record({ port: 3000, transport: 'tcp', serviceName: 'remoteware-cl', description: 'RemoteWare Client' }),
      record({ port: 3000, transport: 'udp', serviceName: 'hbci', description: 'HBCI' }),
    ];
    const text = summarizePort(3000, records);
    expect(text).toContain('as remoteware-cl (RemoteWare Client) on TCP');
    expect(text).toContain('as hbci on UDP');
    expect(text).toContain('User range (1024–49151)');
  });

  it('says plainly when a port is unassigned or reserved', () => {
    expect(summarizePort(65535, [])).toMatch(/has not assigned port 65535.*Dynamic\/Private range/);
    const reserved = [record({ port: 0, transport: 'tcp', serviceName: '', description: 'Reserved' })];
    expect(portStatus(reserved)).toBe('reserved');
    expect(summarizePort(0, reserved)).toContain('as reserved on TCP');
  });
});

describe('portTitle', () => {
  it('lists service names, then other names in use, without repeats', () => {
    const records = [
      record({ port: 626, transport: 'tcp', serviceName: 'asia', description: 'ASIA' }),
      record({ port: 626, transport: 'udp', serviceName: 'asia', description: 'ASIA' }),
    ];
    expect(portTitle(626, records, ['serialnumberd'])).toBe('Port 626: asia, serialnumberd');
    expect(serviceNamesOf(records)).toEqual(['asia']);
  });

  it('falls back to the status', () => {
    expect(portTitle(65535, [])).toBe('Port 65535: unassigned');
  });
});

describe('mergeNames', () => {
  it('drops repeats and names that only spell out an earlier one', () => {
    expect(mergeNames(['asia', 'serialnumberd', 'Apple serialnumberd (Mac OS X Server)', 'Grafana', 'grafana'])).toEqual([
      'asia',
      'serialnumberd',
      'Grafana',
    ]);
  });
});

describe('portTitle length', () => {
  it('keeps titles within 57 characters, dropping names that do not fit', () => {
    const records = [record({ port: 9100, transport: 'tcp', serviceName: 'pdl-datastream', description: 'Printer PDL Data Stream' })];
    const title = portTitle(9100, records, ['HP JetDirect / AppSocket raw printing', 'Prometheus Node Exporter', 'YugabyteDB']);
    expect(title).toBe('Port 9100: pdl-datastream, Prometheus Node Exporter');
    expect(title.length).toBeLessThanOrEqual(57);
    const long = portTitle(7, [], ['A very long product name that goes on and on and on without end']);
    expect(long.length).toBeLessThanOrEqual(57);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('portLinkText', () => {
  it('names the port exactly as the title does, with a dash for Markdown link text', () => {
    const records = [record({ port: 626, transport: 'udp', serviceName: 'asia', description: 'ASIA' })];
    expect(portLinkText(626, records, ['serialnumberd'])).toBe('Port 626 - asia, serialnumberd');
    expect(portTitle(626, records, ['serialnumberd']).replace(': ', ' - ')).toBe(portLinkText(626, records, ['serialnumberd']));
    expect(portLinkText(65535, [])).toBe('Port 65535 - unassigned');
  });
});
