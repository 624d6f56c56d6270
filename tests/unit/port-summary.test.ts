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

const assigned = (port: number, ...names: string[]) =>
  names.map((serviceName) => record({ port, transport: 'tcp', serviceName, description: serviceName }));
const speaking = (...names: string[]) => names.map((name) => ({ name, speaksRegistered: true }));
const squatting = (...names: string[]) => names.map((name) => ({ name, speaksRegistered: false }));

describe('portTitle', () => {
  it('names the registered protocol by its everyday name, then the leading products', () => {
    expect(portTitle(22, assigned(22, 'ssh'), { articleNames: [], products: speaking('OpenSSH', 'Dropbear SSH') })).toBe('Port 22: SSH (OpenSSH, Dropbear SSH)');
    expect(portTitle(80, assigned(80, 'http', 'www', 'www-http'), { articleNames: [], products: speaking('nginx', 'Apache', 'IIS') })).toBe(
      'Port 80: HTTP (nginx, Apache, IIS)',
    );
    expect(portTitle(53, assigned(53, 'domain'), { articleNames: [], products: speaking('BIND') })).toBe('Port 53: DNS (BIND)');
  });

  it('on a squatted port says what runs there, then what is registered', () => {
    expect(portTitle(3000, assigned(3000, 'hbci', 'remoteware-cl'), { articleNames: [], products: squatting('Grafana') })).toBe(
      'Port 3000: Grafana (registered: hbci)',
    );
    expect(portTitle(51820, [], { articleNames: [], products: squatting('WireGuard', 'wg-easy') })).toBe('Port 51820: WireGuard, wg-easy');
  });

  it('without leading products lists service names, then the article names, without repeats', () => {
    const records = [
      record({ port: 626, transport: 'tcp', serviceName: 'asia', description: 'ASIA' }),
      record({ port: 626, transport: 'udp', serviceName: 'asia', description: 'ASIA' }),
    ];
    expect(portTitle(626, records, { articleNames: ['serialnumberd'], products: [] })).toBe('Port 626: asia, serialnumberd');
    expect(serviceNamesOf(records)).toEqual(['asia']);
  });

  it('keeps an article\'s search names out of a title that names products', () => {
    expect(portTitle(443, assigned(443, 'https'), { articleNames: ['quic', 'tls'], products: speaking('nginx') })).toBe('Port 443: HTTPS (nginx)');
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
  it('keeps titles within 57 characters, dropping products that do not fit', () => {
    const products = speaking('HP JetDirect', 'Prometheus Node Exporter', 'YugabyteDB');
    const title = portTitle(9100, assigned(9100, 'pdl-datastream'), { articleNames: [], products });
    expect(title).toBe('Port 9100: pdl-datastream (HP JetDirect)');
    const squat = portTitle(5000, assigned(5000, 'commplex-main'), { articleNames: [], products: squatting('AirPlay Receiver', 'Synology DSM', 'Flask') });
    expect(squat).toBe('Port 5000: AirPlay Receiver (registered: commplex-main)');
    const long = portTitle(7, [], { articleNames: [], products: squatting('A very long product name that goes on and on and on without end') });
    expect(long.length).toBeLessThanOrEqual(57);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('portLinkText', () => {
  it('names the port exactly as the title does, with a dash for Markdown link text', () => {
    const records = [record({ port: 626, transport: 'udp', serviceName: 'asia', description: 'ASIA' })];
    const naming = { articleNames: ['serialnumberd'], products: [] };
    expect(portLinkText(626, records, naming)).toBe('Port 626 - asia, serialnumberd');
    expect(portTitle(626, records, naming).replace(': ', ' - ')).toBe(portLinkText(626, records, naming));
    expect(portLinkText(65535, [])).toBe('Port 65535 - unassigned');
  });
});

describe('portTitle on a port with several registered services', () => {
  it('names the one the leading products speak', () => {
    const records = [record({ port: 520, transport: 'tcp', serviceName: 'efs', description: 'extended file name server' }), record({ port: 520, transport: 'udp', serviceName: 'router', description: 'local routing process (on site)' })];
    expect(portTitle(520, records, { articleNames: [], products: [{ name: 'FRR ripd', speaksRegistered: true, implements: 'router' }] })).toBe('Port 520: RIP (FRR ripd)');
  });
});

describe('portTitle when the protocol is the product', () => {
  it('names it once', () => {
    expect(portTitle(3306, assigned(3306, 'mysql'), { articleNames: [], products: speaking('MySQL', 'MariaDB') })).toBe('Port 3306: MySQL, MariaDB');
    expect(portTitle(1433, assigned(1433, 'ms-sql-s'), { articleNames: [], products: speaking('SQL Server') })).toBe('Port 1433: Microsoft SQL Server');
  });
});
