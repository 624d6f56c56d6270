import { z } from 'astro/zod';
import { transportSchema } from './registry';

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

const PORT_MAX = 65535;

/** A port as written in the file: 3100, or a range as a quoted string "2456-2458". */
const portOrRange = z
  .union([z.number(), z.string()], { error: 'port must be a number 0-65535 or a range like "2456-2458"' })
  .transform((value, ctx) => {
    const match = typeof value === 'number' ? null : /^(\d{1,5})-(\d{1,5})$/.exec(value.trim());
    const first = typeof value === 'number' ? value : Number(match?.[1]);
    const last = typeof value === 'number' ? value : Number(match?.[2]);
    const valid = Number.isInteger(first) && Number.isInteger(last) && first >= 0 && last <= PORT_MAX && first <= last;
    if (!valid || (typeof value === 'string' && (!match || first === last))) {
      ctx.addIssue({ code: 'custom', message: `port must be a number 0-65535 or a range like "2456-2458"; got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return { first, last };
  });

/** One fact: this product uses this port (or range) on this transport, for this purpose. */
export const softwarePortSchema = z
  .object({
    port: portOrRange,
    transport: transportSchema,
    /** What the port is for: "web UI", "cluster gossip". */
    purpose: z.string().min(1, 'purpose must say what the port is for'),
    /** True when it is the product's documented default; false when it is merely common. */
    default: z.boolean({ error: 'default must be true (documented default) or false (common use)' }),
    /** Where the fact comes from: vendor documentation, an RFC, or the project's repository. */
    source: httpUrl('source'),
    notes: z.string().optional(),
  })
  .strict();
export type SoftwarePort = z.infer<typeof softwarePortSchema>;

/** A software product and the ports it uses (content/software/<slug>.yaml). */
export const softwareSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lowercase letters, digits and single hyphens'),
    name: z.string().min(1),
    vendor: z.string().min(1),
    homepage: httpUrl('homepage'),
    category: z.enum(categoryIds, { error: `category must be one of: ${categoryIds.join(', ')}` }),
    status: z.enum(['current', 'legacy', 'historic'], { error: 'status must be current, legacy or historic' }),
    description: z.string().min(1).max(200, 'description must be one line, at most 200 characters'),
    ports: z.array(softwarePortSchema).min(1, 'ports must list at least one port'),
    notes: z.string().optional(),
  })
  .strict();
export type Software = z.infer<typeof softwareSchema>;
