/**
 * The commands that show what is listening on a port, per operating system and transport.
 * Every command matches exactly the one port: a bare `grep 626` would also match 6260 and
 * 16263, so each filter anchors the number (ss's `sport = :N`, lsof's `-iTCP:N`, a regex
 * that requires the port to end the local address).
 */

/** Transports we give commands for; SCTP and DCCP listeners are rare enough on desktops and servers to leave out. */
export const CHECK_TRANSPORTS = ['tcp', 'udp'] as const;
export type CheckTransport = (typeof CHECK_TRANSPORTS)[number];
export type CheckOsId = 'linux' | 'macos' | 'windows-cmd' | 'windows-powershell';
export type CommandLanguage = 'shellscript' | 'powershell' | 'bat';

export interface CommandBlock {
  /** Stable id, unique within its OS, e.g. "tcp-listeners". */
  id: string;
  title: string;
  lang: CommandLanguage;
  code: string;
  /** A caveat the reader needs to read the output right. */
  note?: string;
}

export interface OsCommands {
  os: CheckOsId;
  label: string;
  blocks: CommandBlock[];
}

/** A host name reserved for documentation (RFC 2606), to be replaced by the reader. */
export const REMOTE_HOST = 'example.com';

const PS_SELECT =
  "Select-Object LocalAddress, OwningProcess, @{ Name = 'Process'; Expression = { (Get-Process -Id $_.OwningProcess).ProcessName } }";

function linux(port: string, transports: readonly CheckTransport[]): OsCommands {
  const blocks: CommandBlock[] = [];
  // One ss for both: -t and -u together list TCP listeners and bound UDP sockets, the established
  // connections left out by -l (tried with iproute2 6.1: a TCP listener, a UDP socket and a
  // connection on one port give two lines, "tcp LISTEN" and "udp UNCONN").
  if (transports.includes('tcp') && transports.includes('udp')) {
    blocks.push({
      id: 'listeners',
      title: 'TCP listeners and UDP sockets',
      lang: 'shellscript',
      code: `sudo ss -ltunp 'sport = :${port}'`,
      note: 'Without sudo, ss names only your own processes. UDP has no listening state: -l lists the UDP sockets bound to the port but not connected to a peer.',
    });
  } else if (transports.includes('tcp')) {
    blocks.push({
      id: 'tcp-listeners',
      title: 'TCP listeners',
      lang: 'shellscript',
      code: `sudo ss -ltnp 'sport = :${port}'`,
      note: 'Without sudo, ss names only your own processes.',
    });
  } else {
    blocks.push({
      id: 'udp-sockets',
      title: 'UDP sockets',
      lang: 'shellscript',
      code: `sudo ss -lunp 'sport = :${port}'`,
      note: 'UDP has no listening state: -l lists the sockets bound to the port but not connected to a peer.',
    });
  }
  blocks.push({
    id: 'stop',
    title: 'Stop it',
    lang: 'shellscript',
    code: 'systemctl status 1234\nsudo kill 1234',
    note: 'Put the pid= number ss printed in place of 1234. If systemctl names a .service unit, systemd may start it again: run sudo systemctl disable --now with that unit instead. If ss shows systemd (pid=1), a .socket unit holds the port: systemctl list-sockets names it.',
  });
  return { os: 'linux', label: 'Linux', blocks };
}

function macos(port: string, transports: readonly CheckTransport[]): OsCommands {
  const blocks: CommandBlock[] = [];
  if (transports.includes('tcp')) {
    blocks.push({
      id: 'tcp-listeners',
      title: 'TCP listeners',
      lang: 'shellscript',
      code: `sudo lsof -nP -iTCP:${port} -sTCP:LISTEN`,
      note: 'macOS has no ss. Without sudo, lsof shows only your own processes’ sockets.',
    });
    blocks.push({
      id: 'tcp-netstat',
      title: 'TCP listeners, without sudo (no process names)',
      lang: 'shellscript',
      code: `netstat -an -p tcp | awk '$6 == "LISTEN" && $4 ~ /[.]${port}$/'`,
    });
  }
  if (transports.includes('udp')) {
    blocks.push({
      id: 'udp-sockets',
      title: 'UDP sockets',
      lang: 'shellscript',
      code: `sudo lsof -nP -iUDP:${port}`,
      // Said once: the TCP block above says it when it is shown.
      ...(transports.includes('tcp') ? {} : { note: 'Without sudo, lsof shows only your own processes’ sockets.' }),
    });
  }
  blocks.push({
    id: 'stop',
    title: 'Stop it',
    lang: 'shellscript',
    code: "sudo launchctl list | awk '$1 == 1234'\nsudo kill 1234",
    note: 'Put the PID lsof printed (its second column) in place of 1234. If the first command prints a label, launchd started the process and may start it again: run sudo launchctl disable system/ and then sudo launchctl bootout system/ with that label, or turn the feature off in System Settings.',
  });
  return { os: 'macos', label: 'macOS', blocks };
}

/**
 * Testing a remote host from Linux or macOS: the same commands on both, so shown once beside the
 * tabs (PowerShell's own test is in its tab).
 */
export function remoteTest(port: number | string, transports: readonly CheckTransport[]): CommandBlock {
  const shown = transportsToShow(transports);
  const lines: string[] = [];
  if (shown.includes('tcp')) lines.push(`nc -vz ${REMOTE_HOST} ${port}`);
  if (shown.includes('udp')) lines.push(`sudo nmap -sU -p ${port} ${REMOTE_HOST}`);
  return {
    id: 'remote',
    title: 'Linux, macOS: test a remote host',
    lang: 'shellscript',
    code: lines.join('\n'),
    note: shown.includes('udp')
      ? 'UDP has no handshake: unless the service answers, nmap reports a silent port as “open|filtered”.'
      : `Replace ${REMOTE_HOST} with the host. “succeeded”, “open” or “Connected to” means something accepted the connection.`,
  };
}

function windowsCmd(port: string, transports: readonly CheckTransport[]): OsCommands {
  const blocks: CommandBlock[] = [];
  if (transports.includes('tcp')) {
    blocks.push({
      id: 'tcp-listeners',
      title: 'TCP listeners',
      lang: 'bat',
      code: `netstat -ano | findstr /R /C:"^ *TCP *[^ ]*:${port} .*LISTENING"`,
      note: 'On a Windows in another language the word LISTENING is translated; the PowerShell tab works everywhere.',
    });
  }
  if (transports.includes('udp')) {
    blocks.push({
      id: 'udp-sockets',
      title: 'UDP sockets',
      lang: 'bat',
      code: `netstat -ano | findstr /R /C:"^ *UDP *[^ ]*:${port} "`,
    });
  }
  // Like the other tabs: name the program (and its service) first, then stop it.
  blocks.push({
    id: 'stop',
    title: 'Stop it',
    lang: 'bat',
    code: 'tasklist /svc /FI "PID eq 1234"\ntaskkill /PID 1234',
    note: 'Put the PID, netstat’s last column, in place of 1234. If tasklist names a service, stop that instead (sc stop NAME), or it comes back. If taskkill says the process can only be terminated forcefully, add /F. PID 4 is the System process (SMB, HTTP.sys): turn the Windows feature off instead.',
  });
  return { os: 'windows-cmd', label: 'Windows (cmd)', blocks };
}

function windowsPowerShell(port: string, transports: readonly CheckTransport[]): OsCommands {
  const blocks: CommandBlock[] = [];
  if (transports.includes('tcp')) {
    blocks.push({
      id: 'tcp-listeners',
      title: 'TCP listeners',
      lang: 'powershell',
      code: `Get-NetTCPConnection -State Listen -LocalPort ${port} -ErrorAction SilentlyContinue |\n  ${PS_SELECT}`,
    });
  }
  if (transports.includes('udp')) {
    blocks.push({
      id: 'udp-sockets',
      title: 'UDP sockets',
      lang: 'powershell',
      code: `Get-NetUDPEndpoint -LocalPort ${port} -ErrorAction SilentlyContinue |\n  ${PS_SELECT}`,
    });
  }
  if (transports.includes('tcp')) {
    blocks.push({
      id: 'remote',
      title: 'Test a remote host (TCP)',
      lang: 'powershell',
      code: `Test-NetConnection -ComputerName ${REMOTE_HOST} -Port ${port}`,
      note: 'TcpTestSucceeded : True means something accepted the connection.',
    });
  }
  blocks.push({
    id: 'stop',
    title: 'Stop it',
    lang: 'powershell',
    code: 'Get-CimInstance Win32_Service -Filter "ProcessId = 1234" | Select-Object Name, State\nStop-Process -Id 1234',
    note: 'Put the OwningProcess number in place of 1234. If the first command names a service, run Stop-Service -Name NAME instead, or it comes back. PID 4 is the System process (SMB, HTTP.sys): turn the Windows feature off instead.',
  });
  return { os: 'windows-powershell', label: 'Windows (PowerShell)', blocks };
}

/**
 * Windows' reserved ranges, shown once beside the tabs: the same netsh command in cmd and
 * PowerShell, and the port-choice verdict links to it (#excluded).
 */
export function excludedRanges(port: number | string, transports: readonly CheckTransport[]): CommandBlock {
  return {
    id: 'excluded',
    title: 'Windows: reserved by the system?',
    lang: 'bat',
    code: transportsToShow(transports).map((t) => `netsh interface ipv4 show excludedportrange protocol=${t}`).join('\n'),
    note: `Works in cmd and PowerShell. If a program cannot bind to ${port} though nothing listens there, look here for a range containing ${port}: Hyper-V, WSL 2 and WinNAT reserve ranges, often at boot.`,
  };
}

/** The transports commands are shown for, in canonical order; none known means both. */
export function transportsToShow(transports: readonly CheckTransport[]): readonly CheckTransport[] {
  const known = CHECK_TRANSPORTS.filter((t) => transports.includes(t));
  return known.length === 0 ? CHECK_TRANSPORTS : known;
}

/**
 * Commands for every supported OS that show what uses `port` on the given transports.
 * An empty transport list means "not known", and both are shown.
 * `port` is text so that a template can be built once with a placeholder and reused.
 */
export function checkCommandsFor(port: number | string, transports: readonly CheckTransport[]): OsCommands[] {
  const text = String(port);
  const shown = transportsToShow(transports);
  return [linux(text, shown), macos(text, shown), windowsCmd(text, shown), windowsPowerShell(text, shown)];
}
