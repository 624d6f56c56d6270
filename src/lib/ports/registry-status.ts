import type { RegistryStatus } from '../../schemas/registry.ts';

/**
 * Derives a record's status from IANA's wording: the registry has no status column, it writes
 * "Reserved" or "Unassigned" into the description of an entry with no service name.
 */
export function registryStatusOf(serviceName: string, description: string): RegistryStatus {
  if (serviceName.trim() !== '') return 'assigned';
  if (/^\s*unassigned\b/i.test(description)) return 'unassigned';
  if (/^\s*reserved\b/i.test(description)) return 'reserved';
  return 'assigned';
}
