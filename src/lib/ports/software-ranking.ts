import type { ProminenceTier } from '../../schemas/software.ts';

/**
 * Software facts for ranges of this many ports (or more) describe a pool, not a port: they are
 * listed on each port page of the range but do not name the port in its title, summary or note.
 */
export const NAMING_RANGE_LIMIT = 100;

/** True for a fact whose range is a pool (see NAMING_RANGE_LIMIT). */
export function isPool(first: number, last: number): boolean {
  return last - first + 1 >= NAMING_RANGE_LIMIT;
}

/** What ranking needs to know of a software fact; structural, so the logic stays framework-free. */
export interface RankedUse {
  name: string;
  /** The product's category id (software schema); `malware` never leads. */
  category: string;
  /** current, legacy or historic; historic never leads. */
  status: string;
  tier: ProminenceTier;
  isDefault: boolean;
  /** The fact's first and last port: a pool never leads. */
  first: number;
  last: number;
}

const TIER_ORDER: Record<ProminenceTier, number> = { primary: 0, common: 1, niche: 2 };

/** Malware and historic products: listed with their label, never named in a title, summary or note. */
export function isRetired(product: { category: string; status: string }): boolean {
  return product.category === 'malware' || product.status === 'historic';
}

/** Malware, historic products and wide pools: listed, never first, never in a title. */
export function isDemoted(use: RankedUse): boolean {
  return isRetired(use) || isPool(use.first, use.last);
}

/** Sort order of a port's software list: demoted last, then tier, then the documented default first, then name. */
export function compareUses(a: RankedUse, b: RankedUse): number {
  return (
    Number(isDemoted(a)) - Number(isDemoted(b)) ||
    TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
    Number(b.isDefault) - Number(a.isDefault) ||
    a.name.localeCompare(b.name)
  );
}

/** At most this many products are named in a title or summary. */
export const LEADING_MAX = 3;

/**
 * The products a title and summary name, from a list already sorted by {@link compareUses}:
 * the primary and common ones, never demoted ones, at most three. Where nothing is ranked and IANA
 * has nothing on the port, the documented defaults stand in (an unregistered port is known only by
 * what uses it). Each product is named once, however many facts it has on the port.
 */
export function leadingUses<T extends RankedUse>(sorted: readonly T[], portIsRegistered: boolean): T[] {
  const eligible = sorted.filter((u) => !isDemoted(u));
  const ranked = eligible.filter((u) => u.tier !== 'niche');
  const chosen = ranked.length > 0 || portIsRegistered ? ranked : eligible.filter((u) => u.isDefault);
  const seen = new Set<string>();
  return chosen.filter((u) => !seen.has(u.name) && seen.add(u.name)).slice(0, LEADING_MAX);
}
