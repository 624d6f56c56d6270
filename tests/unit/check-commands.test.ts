import { describe, expect, it } from 'vitest';
import { checkCommandsFor, excludedRanges, type OsCommands } from '../../src/lib/commands/check-commands';

const allCode = (systems: OsCommands[]) => systems.flatMap((s) => s.blocks.map((b) => b.code)).join('\n');

/** The lines netstat/ss/lsof would print for sockets on these ports, to run the filters against. */
function windowsNetstatLine(proto: 'TCP' | 'UDP', local: string) {
  return proto === 'TCP'
    ? `  TCP    ${local}        0.0.0.0:0              LISTENING       4242`
    : `  UDP    ${local}        *:*                                    4242`;
}

/** findstr /R patterns in our commands use only ^, literal text, ' *', '[^ ]*' and '.*': translate them. */
function findstrToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\[\^ \]\*| \*|\.\*)/)
    .map((part) => (part === '[^ ]*' ? '[^ ]*' : part === ' *' ? ' *' : part === '.*' ? '.*' : part.replace(/[.*+?${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(source.replace(/^\\\^/, '^'));
}

describe('checkCommandsFor', () => {
  it('covers Linux, macOS, Windows cmd and PowerShell', () => {
    expect(checkCommandsFor(626, []).map((s) => s.os)).toEqual(['linux', 'macos', 'windows-cmd', 'windows-powershell']);
  });

  it('never matches the port as a bare substring', () => {
    const code = allCode(checkCommandsFor(626, ['tcp', 'udp']));
    expect(code).not.toMatch(/grep\s+626/);
    expect(code).toContain("'sport = :626'");
    expect(code).toContain('-iTCP:626 -sTCP:LISTEN');
    expect(code).toContain('-iUDP:626');
    expect(code).toContain('-LocalPort 626 ');
  });

  it('gives UDP commands only to UDP ports and TCP commands only to TCP ports', () => {
    const udp = allCode(checkCommandsFor(626, ['udp']));
    expect(udp).toContain('ss -lunp');
    expect(udp).toContain('Get-NetUDPEndpoint');
    expect(udp).not.toContain('ss -ltnp');
    expect(udp).not.toContain('Get-NetTCPConnection');
    const tcp = allCode(checkCommandsFor(626, ['tcp']));
    expect(tcp).not.toContain('ss -lunp');
    expect(tcp).not.toContain('-iUDP');
  });

  it('shows both transports when none is known, on Linux in one ss that lists TCP listeners and UDP sockets', () => {
    const code = allCode(checkCommandsFor(65000, []));
    expect(code).toContain("sudo ss -ltunp 'sport = :65000'");
    expect(code).not.toContain('ss -ltnp');
    expect(code).toContain('-iTCP:65000 -sTCP:LISTEN');
    expect(code).toContain('-iUDP:65000');
    expect(code).toContain('Get-NetTCPConnection');
    expect(code).toContain('Get-NetUDPEndpoint');
  });

  it('shows how to list Windows excluded port ranges, for the transports shown, once beside the tabs', () => {
    expect(excludedRanges(50000, ['tcp']).code).toBe('netsh interface ipv4 show excludedportrange protocol=tcp');
    expect(excludedRanges(50000, []).code.split('\n')).toEqual(['tcp', 'udp'].map((t) => `netsh interface ipv4 show excludedportrange protocol=${t}`));
    expect(allCode(checkCommandsFor(50000, ['tcp']))).not.toContain('excludedportrange');
  });

  it("anchors the Windows findstr filter so 626 does not match 6260, 16263 or a remote port", () => {
    const cmd = checkCommandsFor(626, ['tcp', 'udp']).find((s) => s.os === 'windows-cmd')!;
    const tcpPattern = findstrToRegExp(/\/C:"(.*)"/.exec(cmd.blocks.find((b) => b.id === 'tcp-listeners')!.code)![1]!);
    expect(tcpPattern.test(windowsNetstatLine('TCP', '0.0.0.0:626'))).toBe(true);
    expect(tcpPattern.test(windowsNetstatLine('TCP', '[::]:626'))).toBe(true);
    expect(tcpPattern.test(windowsNetstatLine('TCP', '0.0.0.0:6260'))).toBe(false);
    expect(tcpPattern.test(windowsNetstatLine('TCP', '0.0.0.0:16263'))).toBe(false);
    expect(tcpPattern.test('  TCP    10.0.0.5:51000     10.0.0.9:626     ESTABLISHED     4242')).toBe(false);
    const udpPattern = findstrToRegExp(/\/C:"(.*)"/.exec(cmd.blocks.find((b) => b.id === 'udp-sockets')!.code)![1]!);
    expect(udpPattern.test(windowsNetstatLine('UDP', '0.0.0.0:626'))).toBe(true);
    expect(udpPattern.test(windowsNetstatLine('UDP', '0.0.0.0:6260'))).toBe(false);
  });

  it("anchors the macOS netstat filter at the end of the local address", () => {
    const mac = checkCommandsFor(626, ['tcp']).find((s) => s.os === 'macos')!;
    const awk = /\$4 ~ \/(.*)\/'/.exec(mac.blocks.find((b) => b.id === 'tcp-netstat')!.code)![1]!;
    const re = new RegExp(awk);
    expect(re.test('*.626')).toBe(true);
    expect(re.test('127.0.0.1.626')).toBe(true);
    expect(re.test('*.6260')).toBe(false);
    expect(re.test('*.16263')).toBe(false);
  });
});
