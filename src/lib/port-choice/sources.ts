// Extensions spelled out: the open-data scripts load this file under plain Node.
/**
 * The outside facts the port-choice rules rest on, each list with where it was read and when.
 * Written from the sources named below (read 2026-12-01); change a list only with its source.
 */

/** Where a datum was read: a URL anyone can open, the commit or revision read, and the day. */
export interface Provenance {
  /** Short name for the source, as the page shows it (the URL names the file). */
  label: string;
  url: string;
  /** The commit (or page revision) read; null for a web page without one. */
  revision: string | null;
  /** The day the source was read (YYYY-MM-DD). */
  readOn: string;
}

const READ_ON = '2026-12-01';

/**
 * The Fetch standard's "bad ports": by default a browser refuses HTTP(S) requests to them
 * (Chromium's error for it is ERR_UNSAFE_PORT, from its net_error_list.h; Firefox and Chromium let
 * a user allow a port again). Read from fetch.bs; 0 was added on 2025-08-11 (commit 6738573), 4190 and 6679
 * on 2024-04-02 (4c3750d), 989 and 990 on 2021-06-14 (d0bd853).
 */
export const FETCH_BAD_PORTS: readonly number[] = [
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
];

export const FETCH_STANDARD: Provenance = {
  label: 'Fetch standard',
  url: 'https://fetch.spec.whatwg.org/#bad-port',
  // whatwg/fetch main, 2026-07-02 ("Meta: make methods a required ID"), file fetch.bs.
  revision: '586cd2a44c2a865b37c166dc0740f3fb8bb220d6',
  readOn: READ_ON,
};

/** A browser engine's own list, as far as its source could be read here. */
export interface EngineList {
  engine: string;
  provenance: Provenance;
  /**
   * Whether the snapshot read can speak for current releases. Firefox's has the Fetch list's
   * April 2024 additions (4190, 6679), so it is no older than that; WebKit had blocked both since
   * about 2017 (whatwg/fetch#1663), so for it they prove nothing, and its snapshot is taken as
   * current only because it is the newest stored. The tool that read them shows commits, not dates.
   */
  current: boolean;
  /** Ports of the Fetch list that the snapshot read does not have. */
  lacks: readonly number[];
  /** Ports the snapshot has beyond the Fetch list. */
  adds: readonly number[];
}

/**
 * What each engine's source says. Firefox and WebKit end their lists without 0 (Firefox uses 0 as
 * the list's terminator). The newest Chromium snapshot readable here is from spring 2021: its TODOs
 * schedule port removals for 2021-08-12, 2021-10-15 and 2022-04-01, and it lacks 989 and 990 (added
 * to Fetch on 2021-06-14), so it cannot speak for current Chrome.
 */
export const ENGINE_LISTS: readonly EngineList[] = [
  {
    engine: 'Firefox',
    provenance: {
      label: 'Firefox',
      url: 'https://github.com/mozilla/gecko-dev/blob/0005ffba2ae377a0371ff5276ca7549178fe24c7/netwerk/base/nsIOService.cpp',
      revision: '0005ffba2ae377a0371ff5276ca7549178fe24c7',
      readOn: READ_ON,
    },
    current: true,
    lacks: [0],
    adds: [],
  },
  {
    engine: 'WebKit',
    provenance: {
      label: 'WebKit',
      url: 'https://github.com/WebKit/WebKit/blob/00e8a32b3ca72cefae683cd65140428ff1d4ff09/Source/WTF/wtf/URL.cpp',
      revision: '00e8a32b3ca72cefae683cd65140428ff1d4ff09',
      readOn: READ_ON,
    },
    current: true,
    lacks: [0],
    adds: [],
  },
  {
    engine: 'Chromium',
    provenance: {
      label: 'Chromium (2021)',
      url: 'https://github.com/chromium/chromium/blob/0449b02df3d61b63213ab5bac84ac5651123cb9b/net/base/port_util.cc',
      revision: '0449b02df3d61b63213ab5bac84ac5651123cb9b',
      readOn: READ_ON,
    },
    current: false,
    lacks: [0, 989, 990, 4190, 6679],
    adds: [],
  },
];

/** An operating system's default range for the local ports of outgoing connections. */
export interface EphemeralRange {
  id: string;
  /** Who uses the range, as the page says it: "Linux", "Windows (Vista and later)". */
  system: string;
  first: number;
  last: number;
  /** Still the default of supported releases; a legacy range is listed, not judged. */
  current: boolean;
  /** The setting that changes it. */
  setting: string;
  provenance: Provenance;
}

const WINDOWS_KB: Provenance = {
  label: 'Microsoft KB 929851',
  url: 'https://support.microsoft.com/kb/929851',
  revision: null,
  readOn: READ_ON,
};

/**
 * Default ephemeral ranges of Linux, Windows and macOS. FreeBSD's (10000-65535 in a FreeBSD 14
 * tree readable here only as a fork, ilnp/ilnp-freebsd14) is left out of the rules: with it, no
 * unassigned port from 10000 to 32767 could be called good. The texts say which systems they cover.
 */
export const EPHEMERAL_RANGES: readonly EphemeralRange[] = [
  {
    id: 'linux',
    system: 'Linux',
    first: 32768,
    last: 60999,
    current: true,
    setting: 'net.ipv4.ip_local_port_range',
    provenance: {
      label: 'Linux docs',
      url: 'https://github.com/torvalds/linux/blob/0326074ff4652329f2a1a9c8685104576bd8d131/Documentation/networking/ip-sysctl.rst',
      revision: '0326074ff4652329f2a1a9c8685104576bd8d131',
      readOn: READ_ON,
    },
  },
  {
    id: 'windows',
    system: 'Windows (Vista and later)',
    first: 49152,
    last: 65535,
    current: true,
    setting: 'netsh int ipv4 set dynamicport tcp start=… num=…',
    provenance: WINDOWS_KB,
  },
  {
    id: 'macos',
    system: 'macOS',
    first: 49152,
    last: 65535,
    current: true,
    setting: 'net.inet.ip.portrange.first / .last',
    provenance: {
      label: 'macOS source',
      url: 'https://github.com/apple-oss-distributions/xnu/blob/0f4c859e951fba394238ab619495c4e1d54d0f34/bsd/netinet/in_pcb.c',
      revision: '0f4c859e951fba394238ab619495c4e1d54d0f34',
      readOn: READ_ON,
    },
  },
  {
    id: 'windows-legacy',
    system: 'Windows before Vista',
    first: 1025,
    last: 5000,
    current: false,
    setting: 'MaxUserPort (registry)',
    provenance: WINDOWS_KB,
  },
];

/**
 * Binding a port below 1024 needs root or CAP_NET_BIND_SERVICE on Linux
 * (net.ipv4.ip_unprivileged_port_start, default 1024), and bind() with port 0 gets a free port from
 * the ephemeral range: both stated in the same kernel document.
 */
export const LINUX_PRIVILEGED: Provenance = EPHEMERAL_RANGES[0]!.provenance;
