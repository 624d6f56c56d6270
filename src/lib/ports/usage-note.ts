import type { RegistryRecord } from '../../schemas/registry.ts';
import { serviceNamesOf } from './port-summary.ts';

/** What the note needs to know of a software fact that names the port. */
export interface NoteUse {
  name: string;
  isDefault: boolean;
  /** The IANA service name the product speaks there, if any (software schema `implements`). */
  implements: string | undefined;
  /** Malware and historic products are listed on the page but do not make the note. */
  demoted: boolean;
  /** Whether the product leads on the port (named in its title). */
  leading: boolean;
  /** How many ports the fact covers: 1 for a port, 26 for KDE Connect's 1739-1764. */
  ports: number;
}

/**
 * A fact over more ports than this is a range the product picks from (KDE Connect's transfer ports,
 * Proxmox's VNC consoles), not "the default port" of each: it is listed, but makes no note.
 */
export const NOTE_RANGE_LIMIT = 10;

/**
 * Service names IANA registered for one protocol under several names. HTTP on 8080 is the
 * registered service there (`http-alt`, "HTTP Alternate (see port 80)"), not a squatter.
 */
const SAME_PROTOCOL: readonly (readonly string[])[] = [['http', 'www', 'www-http', 'http-alt']];

function sameProtocol(a: string, b: string): boolean {
  return a === b || SAME_PROTOCOL.some((family) => family.includes(a) && family.includes(b));
}

/** True when the product speaks one of the services IANA registered on the port. */
export function speaksRegistered(use: { implements?: string | undefined }, registered: readonly string[]): boolean {
  const spoken = use.implements;
  return spoken !== undefined && registered.some((name) => sameProtocol(spoken, name));
}

const list = (names: readonly string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The sentence that warns a reader when what listens on a port in practice is not what IANA
 * registered there, or null when they agree. It compares protocols, not names: Windows DNS on 53
 * speaks `domain`, which IANA registered there, so there is nothing to warn about; Grafana on 3000
 * speaks HTTP, and IANA registered 3000 for hbci and remoteware-cl. Only documented defaults of
 * current products count: a port is not squatted because someone once configured something there,
 * and where the leading products agree with the registry, niche ones do not make the note.
 */
export function usageNote(port: number, records: readonly RegistryRecord[], uses: readonly NoteUse[]): string | null {
  const registered = serviceNamesOf(records);
  const squatters = uses.filter((u) => u.isDefault && !u.demoted && u.ports <= NOTE_RANGE_LIMIT && !speaksRegistered(u, registered));
  if (squatters.length === 0) return null;
  // Where the leading products speak the registered protocol, a niche product's own protocol does
  // not change what the port is in practice (HTTP on 8080 stays HTTP with one HTTPS tool there).
  const leadersAgree = uses.some((u) => u.leading) && !squatters.some((u) => u.leading);
  if (registered.length > 0 && leadersAgree) return null;
  const products = [...new Set(squatters.map((u) => u.name))];
  const listed = products.length > 3 ? `${products.slice(0, 3).join(', ')} and ${products.length - 3} more` : list(products);
  if (registered.length === 0) {
    return `IANA has not assigned port ${port} to any service, yet it is the default port of ${listed}.`;
  }
  const protocols = list(registered.slice(0, 3));
  const speak = products.length === 1 ? 'speaks' : 'speak';
  return `Real-world use differs from the registry: IANA registered port ${port} for ${protocols}, but it is also the default port of ${listed}, which ${speak} a different protocol.`;
}
