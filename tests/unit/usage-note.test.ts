import { describe, expect, it } from 'vitest';
import { registryRecordSchema } from '../../src/schemas/registry';
import { usageNote } from '../../src/lib/ports/usage-note';

const source = { id: 't', label: 't', version: '1' };
const rec = (port: number, serviceName: string) =>
  registryRecordSchema.parse({ port, portEnd: port, transport: 'tcp', serviceName, description: serviceName, status: 'assigned', source });

describe('usageNote', () => {
  it('warns when the default software is not the registered service', () => {
    const note = usageNote(626, [rec(626, 'asia')], [{ name: 'Apple serialnumberd', purpose: 'Server serial number checks', isDefault: true, category: 'os-services' }]);
    expect(note).toContain('IANA registered port 626 for asia');
    expect(note).toContain('Apple serialnumberd');
  });

  it('stays quiet when the software implements the registered service', () => {
    expect(usageNote(22, [rec(22, 'ssh')], [{ name: 'OpenSSH', purpose: 'SSH server', isDefault: true, category: 'dev-tools' }])).toBeNull();
    expect(usageNote(80, [rec(80, 'http')], [{ name: 'Caddy', purpose: 'HTTP server', isDefault: true, category: 'dev-tools' }])).toBeNull();
  });

  it('leaves ordinary products on System ports alone', () => {
    expect(usageNote(80, [rec(80, 'http')], [{ name: 'Gophish', purpose: 'phishing landing pages', isDefault: true, category: 'security' }])).toBeNull();
  });

  it('ignores merely common uses, and speaks of unassigned ports plainly', () => {
    expect(usageNote(8080, [rec(8080, 'http-alt')], [{ name: 'Tomcat', purpose: 'web', isDefault: false, category: 'web-servers' }])).toBeNull();
    expect(usageNote(1313, [], [{ name: 'Hugo', purpose: 'development server', isDefault: true, category: 'dev-tools' }])).toBe(
      'IANA has not assigned port 1313 to any service, yet it is the default port of Hugo.',
    );
  });
});
