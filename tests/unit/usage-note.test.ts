import { describe, expect, it } from 'vitest';
import { registryRecordSchema } from '../../src/schemas/registry';
import { speaksRegistered, usageNote, type NoteUse } from '../../src/lib/ports/usage-note';

const source = { id: 't', label: 't', version: '1' };
const rec = (port: number, serviceName: string) =>
  registryRecordSchema.parse({ port, portEnd: port, transport: 'tcp', serviceName, description: serviceName, status: 'assigned', source });
const use = (name: string, fields: Partial<NoteUse> = {}): NoteUse => ({ name, isDefault: true, implements: undefined, demoted: false, leading: false, ports: 1, ...fields });

describe('usageNote compares protocols, not names', () => {
  it('stays quiet when the product speaks the registered protocol, whatever it is called', () => {
    // Windows DNS is DNS: the old rule compared "Windows Server DNS Server" with "domain" as text.
    expect(usageNote(53, [rec(53, 'domain')], [use('Windows Server DNS Server', { implements: 'domain' })])).toBeNull();
    expect(usageNote(445, [rec(445, 'microsoft-ds')], [use('Samba', { implements: 'microsoft-ds' })])).toBeNull();
    expect(usageNote(3389, [rec(3389, 'ms-wbt-server')], [use('Windows Remote Desktop', { implements: 'ms-wbt-server' })])).toBeNull();
  });

  it('treats the names IANA gave one protocol as one protocol', () => {
    expect(usageNote(8080, [rec(8080, 'http-alt')], [use('Apache Tomcat', { implements: 'http' })])).toBeNull();
    expect(speaksRegistered({ implements: 'http' }, ['www-http'])).toBe(true);
    expect(speaksRegistered({ implements: 'https' }, ['pcsync-https'])).toBe(false);
  });

  it('warns when a default product speaks something else, naming both sides', () => {
    const note = usageNote(3000, [rec(3000, 'hbci'), rec(3000, 'remoteware-cl')], [use('Grafana', { implements: 'http' })]);
    expect(note).toBe(
      'Real-world use differs from the registry: IANA registered port 3000 for hbci and remoteware-cl, but it is also the default port of Grafana, which speaks a different protocol.',
    );
    expect(usageNote(626, [rec(626, 'asia')], [use('Apple serialnumberd')])).toContain('IANA registered port 626 for asia');
  });

  it('speaks of unassigned ports plainly', () => {
    expect(usageNote(1313, [], [use('Hugo', { implements: 'http' })])).toBe(
      'IANA has not assigned port 1313 to any service, yet it is the default port of Hugo.',
    );
  });

  it('ignores merely common uses, malware and historic products', () => {
    expect(usageNote(3000, [rec(3000, 'hbci')], [use('Gitea', { isDefault: false, implements: 'http' })])).toBeNull();
    expect(usageNote(135, [rec(135, 'epmap')], [use('Blaster worm', { demoted: true })])).toBeNull();
  });

  it('leaves a port to its leading products when they speak the registered protocol', () => {
    const uses = [use('Apache Tomcat', { implements: 'http', leading: true }), use('Nextcloud All-in-One', { implements: 'https' })];
    expect(usageNote(8080, [rec(8080, 'http-alt')], uses)).toBeNull();
    const squat = [use('Grafana', { implements: 'http', leading: true }), use('Gitea', { implements: 'http' })];
    expect(usageNote(3000, [rec(3000, 'hbci')], squat)).toContain('default port of Grafana and Gitea');
  });

  it('does not call a port of a wide range the default port of the product that picks from it', () => {
    expect(usageNote(1755, [rec(1755, 'ms-streaming')], [use('KDE Connect', { ports: 26 })])).toBeNull();
    expect(usageNote(6881, [rec(6881, 'bittorrent')], [use('BitTorrent clients', { ports: 9 })])).toContain('BitTorrent clients');
  });

  it('lists at most three products and counts the rest', () => {
    const note = usageNote(5000, [rec(5000, 'commplex-main')], ['A', 'B', 'C', 'D', 'E'].map((n) => use(n)));
    expect(note).toContain('default port of A, B, C and 2 more, which speak a different protocol.');
  });
});
