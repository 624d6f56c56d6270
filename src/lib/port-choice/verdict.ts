// Extensions spelled out: the open-data scripts and the finder's browser bundle load this file too.
import { PORT_MAX, PORT_RANGES, formatSpan } from '../ports/port-range.ts';
import type { RegistryStatus } from '../../schemas/registry.ts';
import type { PortChoice, PortChoiceReason, ReasonCode, Verdict } from '../../schemas/port-choice.ts';
import { ENGINE_LISTS, EPHEMERAL_RANGES, FETCH_BAD_PORTS, FETCH_STANDARD, LINUX_PRIVILEGED, type Provenance } from './sources.ts';

/**
 * Whether a port is a sensible number for a new service of one's own. One set of rules for the
 * port pages, the finder (/pick-a-port/, same module in the browser) and the open data.
 *
 * avoid, when any of these holds:
 * - `browser-blocked`: the Fetch standard lists it as a bad port; browsers refuse HTTP(S) to it,
 *   so no web UI, health page or API on it can be opened in a browser.
 * - `port-zero`: 0 is not a port one can listen on by number; bind() with 0 gets a free ephemeral port.
 * - `system-range`: 0-1023. Binding needs root or CAP_NET_BIND_SERVICE on Linux; IANA assigns these
 *   through the IETF only.
 * - `software-leading`: a prominent product (primary or common in the software data, not malware,
 *   not historic, not a wide pool) uses it: whoever runs that product next to yours collides.
 * care, when none of the above but any of these holds:
 * - `software-other`: a less prominent product uses it.
 * - `assigned`: IANA assigned it to a service. No software we know of uses it, which does not
 *   mean nothing does.
 * - `reserved`: IANA holds it back.
 * - `ephemeral`: inside a current default range an OS hands to outgoing connections (Linux
 *   32768-60999; Windows and macOS 49152-65535): a client socket can hold it when the service
 *   starts, and the bind fails.
 * good, when none of the above holds: an unassigned User-range port below the default ephemeral
 * ranges of Linux, Windows and macOS, that no browser blocks and no software in the data uses. That is the most the data can
 * say: unassigned does not mean unused, and a host can still have it taken (or, on Windows,
 * excluded at boot).
 */

/** What the rules need to know of one port: one of nine classes, cheap to store for all 65,536. */
export interface PortClass {
  status: RegistryStatus;
  /** The most prominent current software that uses the port: none, a less known product, or a leading one. */
  software: 'none' | 'other' | 'leading';
}

/** Everything the site knows that the verdict text names. */
export interface PortFacts extends PortClass {
  port: number;
  /** IANA service names on the port, in table order (empty when none). */
  services: readonly string[];
  /** Names of the current products that use the port, leading ones first. */
  products: readonly string[];
}

const STATUSES: readonly RegistryStatus[] = ['unassigned', 'assigned', 'reserved'];
const SOFTWARE: readonly PortClass['software'][] = ['none', 'other', 'leading'];

/** A class as one number 0-8, for the finder's compact data. */
export function classCode({ status, software }: PortClass): number {
  return STATUSES.indexOf(status) * SOFTWARE.length + SOFTWARE.indexOf(software);
}

/** The class a number from {@link classCode} stands for. Throws for anything else. */
export function classOfCode(code: number): PortClass {
  const status = STATUSES[Math.floor(code / SOFTWARE.length)];
  const software = SOFTWARE[code % SOFTWARE.length];
  if (!Number.isInteger(code) || code < 0 || !status || !software) throw new RangeError(`${code} is not a port class code (0-8)`);
  return { status, software };
}

const BAD = new Set(FETCH_BAD_PORTS);
const SYSTEM = PORT_RANGES[0]!;
const DYNAMIC = PORT_RANGES[2]!;
const CURRENT_EPHEMERAL = EPHEMERAL_RANGES.filter((r) => r.current);

const SEVERITY: Record<ReasonCode, Verdict> = {
  'browser-blocked': 'avoid',
  'port-zero': 'avoid',
  'system-range': 'avoid',
  'software-leading': 'avoid',
  'software-other': 'care',
  assigned: 'care',
  reserved: 'care',
  ephemeral: 'care',
  quiet: 'good',
};

/** The reasons that apply to a port, most serious first, and the verdict they add up to. */
export function judgePort(port: number, cls: PortClass): { verdict: Verdict; codes: ReasonCode[] } {
  const codes: ReasonCode[] = [];
  if (BAD.has(port)) codes.push('browser-blocked');
  if (port === 0) codes.push('port-zero');
  if (port <= SYSTEM.last) codes.push('system-range');
  if (cls.software === 'leading') codes.push('software-leading');
  if (cls.software === 'other') codes.push('software-other');
  if (cls.status === 'assigned') codes.push('assigned');
  if (cls.status === 'reserved') codes.push('reserved');
  if (ephemeralRangesOf(port).length > 0) codes.push('ephemeral');
  const verdict = codes.some((c) => SEVERITY[c] === 'avoid') ? 'avoid' : codes.length > 0 ? 'care' : 'good';
  return { verdict, codes: verdict === 'good' ? ['quiet'] : codes };
}

/** The current default ephemeral ranges the port falls in. */
export function ephemeralRangesOf(port: number) {
  return CURRENT_EPHEMERAL.filter((r) => port >= r.first && port <= r.last);
}

/**
 * The span a good port can be in at all: above the System range, below the lowest current
 * ephemeral range. Searches for good ports stay inside it.
 */
export const GOOD_SPAN = { first: SYSTEM.last + 1, last: Math.min(...CURRENT_EPHEMERAL.map((r) => r.first)) - 1 };

/** The nearest good ports below and above `port` (null where there is none), looking classes up with `classOf`. */
export function nearestGood(port: number, classOf: (port: number) => PortClass): { below: number | null; above: number | null } {
  const isGood = (p: number) => judgePort(p, classOf(p)).verdict === 'good';
  let below: number | null = null;
  for (let p = Math.min(port - 1, GOOD_SPAN.last); p >= GOOD_SPAN.first; p--) if (isGood(p)) { below = p; break; }
  let above: number | null = null;
  for (let p = Math.max(port + 1, GOOD_SPAN.first); p <= Math.min(GOOD_SPAN.last, PORT_MAX); p++) if (isGood(p)) { above = p; break; }
  return { below, above };
}

const IANA_REGISTRY: Provenance = {
  label: 'IANA',
  url: 'https://www.iana.org/assignments/service-names-port-numbers/',
  revision: null,
  readOn: FETCH_STANDARD.readOn,
};
const RFC_6335: Provenance = {
  label: 'RFC 6335',
  url: 'https://www.rfc-editor.org/rfc/rfc6335#section-6',
  revision: null,
  readOn: FETCH_STANDARD.readOn,
};

/** RFC 6335's rule that System ports are assigned through the IETF (section 8.1.2). */
const RFC_6335_SYSTEM: Provenance = { ...RFC_6335, url: 'https://www.rfc-editor.org/rfc/rfc6335#section-8.1.2' };

/** "a", "a and b", "a, b and c". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What Firefox, WebKit and the Chromium snapshot say about a port of the Fetch list. */
function engineNote(port: number): string {
  const current = ENGINE_LISTS.filter((e) => e.current);
  const listing = current.filter((e) => !e.lacks.includes(port)).map((e) => e.engine);
  const missing = current.filter((e) => e.lacks.includes(port)).map((e) => e.engine);
  const old = ENGINE_LISTS.filter((e) => !e.current).map((e) => `${e.engine} ${e.lacks.includes(port) ? 'did not list it' : 'listed it'} in 2021`);
  return [listing.length > 0 && `${listOf(listing)} list it`, missing.length > 0 && `${listOf(missing)} do not`, ...old]
    .filter(Boolean)
    .join('; ');
}

/** The words and sources of one reason. `facts` names services and products where it is known. */
export function explainReason(code: ReasonCode, port: number, facts?: Pick<PortFacts, 'services' | 'products'>): PortChoiceReason {
  const reason = (text: string, sources: readonly Provenance[]): PortChoiceReason => ({
    code,
    severity: SEVERITY[code],
    text,
    sources: sources.map(({ label, url }) => ({ label, url })),
  });
  const products = facts?.products.length ? listOf(facts.products.slice(0, 3)) : null;
  switch (code) {
    case 'browser-blocked':
      return reason(
        port === 0
          ? `The Fetch standard lists it as a bad port (since August 2025), which browsers refuse HTTP(S) to; the engine sources read here do not list it (${engineNote(port)}).`
          : `Browsers refuse HTTP(S) to it: the Fetch standard lists it as a bad port (${engineNote(port)}).`,
        [
        FETCH_STANDARD,
        ...ENGINE_LISTS.map((e) => e.provenance),
      ]);
    case 'port-zero':
      return reason('Port 0 cannot be listened on by number: bind() with 0 gets a free port from the ephemeral range.', [LINUX_PRIVILEGED]);
    case 'system-range':
      return reason(
        `It is in the System range (${formatSpan(SYSTEM.first, SYSTEM.last)}): binding needs root or CAP_NET_BIND_SERVICE on Linux, and IANA assigns these ports through the IETF.`,
        [LINUX_PRIVILEGED, RFC_6335_SYSTEM],
      );
    case 'software-leading':
      return reason(`${products ?? 'Well-known software'} use${facts?.products.length === 1 ? 's' : ''} it: a service of yours would collide with ${facts?.products.length === 1 ? 'it' : 'them'}.`, []);
    case 'software-other':
      return reason(`${products ?? 'Less-known software'} use${facts?.products.length === 1 ? 's' : ''} it.`, []);
    case 'assigned':
      return reason(`IANA assigned it${facts?.services.length ? ` to ${listOf(facts.services.slice(0, 3))}` : ''}.`, [IANA_REGISTRY]);
    case 'reserved':
      return reason('IANA reserves it.', [IANA_REGISTRY]);
    case 'ephemeral': {
      const ranges = ephemeralRangesOf(port);
      const spans = [...new Set(ranges.map((r) => formatSpan(r.first, r.last)))].map(
        (span) => {
          const systems = ranges.filter((r) => formatSpan(r.first, r.last) === span).map((r) => r.system);
          return `${listOf(systems)} use${systems.length === 1 ? 's' : ''} ${span}`;
        },
      );
      const dynamic = port >= DYNAMIC.first ? ` IANA never assigns the ${DYNAMIC.name} range.` : '';
      return reason(`Operating systems hand it to outgoing connections: ${spans.join('; ')}. A client socket can hold it when your service starts.${dynamic}`, [
        ...new Map(ranges.map((r) => [r.provenance.url, r.provenance])).values(),
        ...(dynamic ? [RFC_6335] : []),
      ]);
    }
    case 'quiet':
      return reason(
        'IANA has not assigned it, no software we know of uses it, browsers allow it and it is below the default ephemeral ranges of Linux, Windows and macOS. Unassigned does not mean unused: check your own hosts.',
        [IANA_REGISTRY, FETCH_STANDARD, ...CURRENT_EPHEMERAL.map((r) => r.provenance)].filter((p, i, all) => all.findIndex((q) => q.url === p.url) === i),
      );
  }
}

/**
 * The verdict on one port, with every reason and its sources; for `avoid`, the nearest good
 * ports below and above (looked up through `classOf`, so the caller decides where classes come from).
 */
export function portChoice(facts: PortFacts, classOf: (port: number) => PortClass): PortChoice {
  const { verdict, codes } = judgePort(facts.port, facts);
  return {
    port: facts.port,
    verdict,
    reasons: codes.map((code) => explainReason(code, facts.port, facts)),
    alternatives: verdict === 'avoid' ? nearestGood(facts.port, classOf) : null,
  };
}
