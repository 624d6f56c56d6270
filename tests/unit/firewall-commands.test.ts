import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import FirewallCommands from '../../src/components/FirewallCommands.astro';
import { firewallCommandsFor } from '../../src/lib/commands/firewall-commands';

describe('firewallCommandsFor', () => {
  it('blocks exactly the port on each transport asked for, on every firewall', () => {
    const rules = firewallCommandsFor(3389, ['tcp', 'udp']);
    expect(rules.map((r) => r.id)).toEqual(['ufw', 'firewalld', 'nftables', 'windows-powershell', 'windows-netsh', 'macos-pf']);
    const code = Object.fromEntries(rules.map((r) => [r.id, r.blocks[0]!.code]));
    expect(code['ufw']).toBe('sudo ufw deny 3389/tcp\nsudo ufw deny 3389/udp');
    expect(code['firewalld']).toContain(`--add-rich-rule='rule port port="3389" protocol="udp" reject'`);
    expect(code['nftables']).toBe('sudo nft insert rule inet filter input tcp dport 3389 drop\nsudo nft insert rule inet filter input udp dport 3389 drop');
    expect(code['windows-powershell']).toContain('-Direction Inbound -Protocol UDP -LocalPort 3389 -Action Block');
    expect(code['windows-netsh']).toContain('dir=in action=block protocol=TCP localport=3389');
    expect(code['macos-pf']).toContain('block drop in quick proto { tcp, udp } from any to any port 3389');
  });

  it('gives TCP rules only for a TCP port', () => {
    const all = firewallCommandsFor(22, ['tcp']).map((r) => r.blocks[0]!.code).join('\n');
    expect(all).not.toMatch(/udp/i);
  });

  it('refuses a port no rule can name', () => {
    expect(() => firewallCommandsFor(0, ['tcp'])).toThrow(/1 to 65535/);
    expect(() => firewallCommandsFor(65536, ['tcp'])).toThrow(/1 to 65535/);
  });
});

describe('<FirewallCommands>', () => {
  it('renders each firewall with a copy button and no inline style', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(FirewallCommands, { props: { port: 22, transports: ['tcp'] } });
    expect(html).toContain('sudo ufw deny 22/tcp');
    expect(html.match(/<copy-button\b/g)?.length).toBe(6);
    expect(html).not.toContain('style=');
  });

  it('fails the build on a transport it has no rules for', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(FirewallCommands, { props: { port: 22, transports: ['sctp'] as never } })).rejects.toThrow(/transports must be "tcp" or "udp"/);
  });
});
