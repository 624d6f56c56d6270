import { PORT_MAX } from '../ports/port-range.ts';
import type { CheckTransport } from './check-commands.ts';

/**
 * Firewall rules that block one port, per firewall, for the articles' "Closing or moving it"
 * sections. Every rule names the exact port and transport; none opens anything. Where a firewall
 * can only be driven by application (the macOS application firewall), the honest tool is named
 * instead (pf).
 */

export interface FirewallBlock {
  /** Stable id, unique within its firewall, e.g. "block-tcp". */
  id: string;
  title: string;
  code: string;
  /** What the reader must know before running it. */
  note?: string;
}

export interface FirewallCommands {
  id: 'ufw' | 'firewalld' | 'nftables' | 'windows-powershell' | 'windows-netsh' | 'macos-pf';
  label: string;
  blocks: FirewallBlock[];
}

const upper = (t: CheckTransport) => t.toUpperCase();

/** The rules that block inbound `port` on each transport, for ufw, firewalld, nftables, Windows and macOS. */
export function firewallCommandsFor(port: number, transports: readonly CheckTransport[]): FirewallCommands[] {
  // Port 0 cannot be listened on, so there is nothing to block.
  if (!Number.isInteger(port) || port < 1 || port > PORT_MAX) {
    throw new RangeError(`firewall rules need a port from 1 to ${PORT_MAX}; got ${port}`);
  }
  const list = transports.length === 0 ? (['tcp', 'udp'] as const) : transports;
  const each = <T>(make: (t: CheckTransport) => T) => list.map(make);
  return [
    {
      id: 'ufw',
      label: 'Ubuntu, Debian (ufw)',
      blocks: [
        {
          id: 'block',
          title: `Block incoming ${list.map(upper).join(' and ')} ${port}`,
          code: each((t) => `sudo ufw deny ${port}/${t}`).join('\n'),
          note: 'ufw applies the first matching rule: if an allow rule for this port exists, delete it (sudo ufw status numbered, then sudo ufw delete N).',
        },
      ],
    },
    {
      id: 'firewalld',
      label: 'Fedora, RHEL (firewalld)',
      blocks: [
        {
          id: 'block',
          title: `Reject incoming ${list.map(upper).join(' and ')} ${port}, IPv4 and IPv6`,
          code: [...each((t) => `sudo firewall-cmd --permanent --add-rich-rule='rule port port="${port}" protocol="${t}" reject'`), 'sudo firewall-cmd --reload'].join('\n'),
          note: 'A rich rule with no family applies to IPv4 and IPv6. Reject rules are evaluated before the services a zone allows.',
        },
      ],
    },
    {
      id: 'nftables',
      label: 'nftables',
      blocks: [
        {
          id: 'block',
          title: `Drop incoming ${list.map(upper).join(' and ')} ${port}`,
          code: each((t) => `sudo nft insert rule inet filter input ${t} dport ${port} drop`).join('\n'),
          note: 'Assumes the inet filter table with an input chain (Debian’s /etc/nftables.conf). The rule lasts until reboot: add it to /etc/nftables.conf to keep it.',
        },
      ],
    },
    {
      id: 'windows-powershell',
      label: 'Windows (PowerShell)',
      blocks: [
        {
          id: 'block',
          title: `Block inbound ${list.map(upper).join(' and ')} ${port}`,
          code: each((t) => `New-NetFirewallRule -DisplayName "Block ${upper(t)} ${port} in" -Direction Inbound -Protocol ${upper(t)} -LocalPort ${port} -Action Block`).join('\n'),
          note: 'Run as administrator. A block rule wins over any allow rule for the same traffic.',
        },
      ],
    },
    {
      id: 'windows-netsh',
      label: 'Windows (netsh)',
      blocks: [
        {
          id: 'block',
          title: `Block inbound ${list.map(upper).join(' and ')} ${port}`,
          code: each((t) => `netsh advfirewall firewall add rule name="Block ${upper(t)} ${port} in" dir=in action=block protocol=${upper(t)} localport=${port}`).join('\n'),
          note: 'Run from an administrator command prompt.',
        },
      ],
    },
    {
      id: 'macos-pf',
      label: 'macOS (pf)',
      blocks: [
        {
          id: 'block',
          title: `Block incoming ${list.map(upper).join(' and ')} ${port}`,
          code: [`echo "block drop in quick proto { ${list.join(', ')} } from any to any port ${port}" | sudo pfctl -a com.apple/port-atlas -f -`, 'sudo pfctl -E'].join('\n'),
          note: 'The macOS application firewall filters by application, not by port, so this uses pf. The com.apple/ anchor is read by the default /etc/pf.conf; the rule lasts until reboot. Turning the service off (System Settings > General > Sharing) is the lasting fix.',
        },
      ],
    },
  ];
}
