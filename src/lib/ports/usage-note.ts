import type { RegistryRecord } from '../../schemas/registry';
import { serviceNamesOf } from './port-summary';

/**
 * Software facts for ranges this wide (or wider) describe a pool, not a port: they are listed on
 * each port page of the range but do not name the port in its title, summary or note.
 */
export const NAMING_RANGE_LIMIT = 100;

/** What the note needs to know of a software fact; kept structural so the logic stays framework-free. */
export interface UseSummary {
  name: string;
  purpose: string;
  isDefault: boolean;
  /** The product's category id (software schema), e.g. "os-services". */
  category: string;
}

/**
 * System ports (below 1024) are assigned through IETF review, and products found on them nearly
 * always speak the registered protocol; only operating-system services and malware squat there.
 */
const SQUATTERS_ON_SYSTEM_PORTS = new Set(['os-services', 'malware']);

const mentions = (text: string, name: string) =>
  new RegExp(`(^|[^a-z0-9])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text.toLowerCase());

/**
 * The sentence that warns a reader when what listens on a port in practice is not what IANA
 * registered there, or null when they agree. A product counts as the registered service when its
 * name or purpose mentions a registered service name (OpenSSH on 22 mentions "ssh"), or when it is
 * an ordinary product on a System port.
 */
export function usageNote(port: number, records: readonly RegistryRecord[], uses: readonly UseSummary[]): string | null {
  const registered = serviceNamesOf(records);
  const defaults = uses.filter((u) => u.isDefault);
  const others = defaults.filter(
    (u) =>
      !registered.some((n) => mentions(u.name, n) || mentions(u.purpose, n)) &&
      (port >= 1024 || SQUATTERS_ON_SYSTEM_PORTS.has(u.category)),
  );
  if (others.length === 0) return null;
  const products = [...new Set(others.map((u) => u.name))];
  const listed = products.length > 3 ? `${products.slice(0, 3).join(', ')} and ${products.length - 3} more` : products.join(', ');
  if (registered.length === 0) {
    return `IANA has not assigned port ${port} to any service, yet it is the default port of ${listed}.`;
  }
  return `Real-world use differs from the registry: IANA registered port ${port} for ${registered.slice(0, 3).join(', ')}, but in practice it is the default port of ${listed}, which never registered it.`;
}
