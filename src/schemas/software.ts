import { z } from 'astro/zod';
import { transportSchema } from './registry.ts';

/** Categories of software, with the heading /software/ shows for each. */
export const SOFTWARE_CATEGORIES = {
  'dev-tools': 'Development servers and tools',
  databases: 'Databases and caches',
  'web-servers': 'Web and proxy servers',
  messaging: 'Messaging and streaming',
  containers: 'Containers and orchestration',
  monitoring: 'Monitoring and observability',
  'remote-access': 'Remote access',
  vpn: 'VPN and tunnelling',
  'file-sharing': 'File sharing and sync',
  media: 'Media servers and streaming',
  games: 'Games and game platforms',
  'os-services': 'Operating-system services',
  iot: 'Home automation and IoT',
  printing: 'Printing and scanning',
  security: 'Security tools',
  malware: 'Malware and trojans (historic)',
} as const;
export type SoftwareCategory = keyof typeof SOFTWARE_CATEGORIES;
const categoryIds = Object.keys(SOFTWARE_CATEGORIES) as [SoftwareCategory, ...SoftwareCategory[]];

const httpUrl = (field: string) =>
  z.url({ protocol: /^https?$/, error: `${field} must be an http(s) URL, e.g. https://example.org/docs` });

import { PORT_MAX, PORT_MIN } from '../lib/ports/port-range.ts';

/** A port as written in the file: 3100, or a range as a quoted string "2456-2458". */
const portOrRange = z
  .union([z.number(), z.string()], { error: `port must be a number ${PORT_MIN}-${PORT_MAX} or a range like "2456-2458"` })
  .transform((value, ctx) => {
    const match = typeof value === 'number' ? null : /^(\d{1,5})-(\d{1,5})$/.exec(value.trim());
    const first = typeof value === 'number' ? value : Number(match?.[1]);
    const last = typeof value === 'number' ? value : Number(match?.[2]);
    const valid = Number.isInteger(first) && Number.isInteger(last) && first >= PORT_MIN && last <= PORT_MAX && first <= last;
    if (!valid || (typeof value === 'string' && (!match || first === last))) {
      ctx.addIssue({ code: 'custom', message: `port must be a number ${PORT_MIN}-${PORT_MAX} or a range like "2456-2458"; got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return { first, last };
  });

/** An IANA service name as the registry writes it: lower case, digits and inner hyphens. */
const serviceName = z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, 'implements must be an IANA service name in lower case, e.g. `ssh`, `domain`, `http`');

/**
 * How prominent a product is on a port: `primary` (what you most likely find there), `common`
 * (often found there), `niche` (found there, but rarely the answer).
 */
export const PROMINENCE_TIERS = ['primary', 'common', 'niche'] as const;
export type ProminenceTier = (typeof PROMINENCE_TIERS)[number];

/**
 * What a tier rests on: the protocol's reference implementation (an RFC or the registry entry),
 * a measured figure (with its date and source), or an editorial judgement in one line.
 */
export const PROMINENCE_BASES = ['reference', 'measured', 'editorial'] as const;

const prominenceBasisSchema = z
  .object({
    kind: z.enum(PROMINENCE_BASES, { error: `basis.kind must be one of: ${PROMINENCE_BASES.join(', ')}` }),
    /** One line a reader can check: "W3Techs web server survey, November 2026: 33.8 % of sites". */
    reason: z.string().min(10, 'basis.reason must say why in one line').max(200, 'basis.reason must be one line, at most 200 characters'),
    /** Where the reason can be checked; required for reference and measured. */
    source: httpUrl('basis.source').optional(),
    /** When a measured figure was taken, YYYY-MM or YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'basis.date must be YYYY-MM or YYYY-MM-DD').optional(),
  })
  .strict()
  .superRefine((basis, ctx) => {
    if (basis.kind !== 'editorial' && !basis.source) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: `basis.source is required for a ${basis.kind} basis` });
    }
    if (basis.kind === 'measured' && !basis.date) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'basis.date is required for a measured basis: when was the figure taken?' });
    }
  });
export type ProminenceBasis = z.infer<typeof prominenceBasisSchema>;

/**
 * Who wrote a source: a `standard` (RFC, W3C, WHATWG), the product's `vendor` (a company) or
 * `project` (an open-source project) documenting its own product, or a `third-party`.
 */
export const SOURCE_KINDS = ['standard', 'vendor', 'project', 'third-party'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One fact: this product uses this port (or range) on this transport, for this purpose. */
export const softwarePortSchema = z
  .object({
    port: portOrRange,
    transport: transportSchema,
    /** What the port is for: "web UI", "cluster gossip". */
    purpose: z.string().min(1, 'purpose must say what the port is for'),
    /** True when it is the product's documented default; false when it is merely common. */
    default: z.boolean({ error: 'default must be true (documented default) or false (common use)' }),
    /**
     * The IANA service name of the protocol the product speaks on this port ("ssh", "domain",
     * "http"), checked against the registry when the port index is built. Omitted when the
     * product speaks nothing IANA lists (its own protocol): then it squats the port.
     */
    implements: serviceName.optional(),
    /** How prominent the product is on this port; lists sort by it. Omitted means niche. */
    tier: z.enum(PROMINENCE_TIERS, { error: `tier must be one of: ${PROMINENCE_TIERS.join(', ')}` }).default('niche'),
    /** Why the tier: required for primary and common, which are claims a reader may question. */
    basis: prominenceBasisSchema.optional(),
    /** Where the fact comes from. */
    source: httpUrl('source'),
    /** Who wrote the source; the page's provenance label follows from it. */
    sourceKind: z.enum(SOURCE_KINDS, { error: `sourceKind must be one of: ${SOURCE_KINDS.join(', ')}` }),
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((fact, ctx) => {
    if (fact.tier !== 'niche' && !fact.basis) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: `basis is required when tier is ${fact.tier}: say why (reference, measured or editorial)` });
    }
  });
export type SoftwarePort = z.infer<typeof softwarePortSchema>;

/** A software product and the ports it uses (content/software/<slug>.yaml). */
export const softwareSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lowercase letters, digits and single hyphens'),
    name: z.string().min(1),
    /** The name a title uses when space is short ("Apache" for Apache HTTP Server); defaults to `name`. */
    shortName: z.string().min(1).max(24, 'shortName must be at most 24 characters').optional(),
    vendor: z.string().min(1),
    homepage: httpUrl('homepage'),
    category: z.enum(categoryIds, { error: `category must be one of: ${categoryIds.join(', ')}` }),
    status: z.enum(['current', 'legacy', 'historic'], { error: 'status must be current, legacy or historic' }),
    description: z.string().min(1).max(200, 'description must be one line, at most 200 characters'),
    ports: z.array(softwarePortSchema).min(1, 'ports must list at least one port'),
    notes: z.string().optional(),
  })
  .strict()
  .refine((software) => software.category !== 'malware' || software.status !== 'current', {
    message: 'status must be historic or legacy for malware: the site never presents malware as current software',
    path: ['status'],
  });
export type Software = z.infer<typeof softwareSchema>;
