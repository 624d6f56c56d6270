import { z } from 'astro/zod';
import { PORT_MAX, PORT_MIN } from '../lib/ports/port-range.ts';

const portNumber = (field: string) =>
  z
    .number({ error: `${field} must be a number, e.g. \`${field}: 626\`` })
    .int(`${field} must be a whole number`)
    .min(PORT_MIN, `${field} must be between ${PORT_MIN} and ${PORT_MAX}`)
    .max(PORT_MAX, `${field} must be between ${PORT_MIN} and ${PORT_MAX}`);

/**
 * Whether a port should face the internet, from the reader's side: `public` (made for it: HTTP,
 * SMTP to an MX), `guarded` (can, hardened: SSH with keys, a VPN endpoint), `private` (keep it on
 * the local network or behind a VPN: SMB, RDP, databases), `local` (bind to localhost: dev
 * servers, an unauthenticated admin API).
 */
export const EXPOSURE_LEVELS = ['public', 'guarded', 'private', 'local'] as const;
export type ExposureLevel = (typeof EXPOSURE_LEVELS)[number];

/** Frontmatter of an article in content/ports/*.mdx. */
export const articleSchema = z.object({
  /** The port the article is about; its page is /ports/<port>/. */
  port: portNumber('port'),
  /** The page's H1. */
  title: z.string({ error: 'title is required' }).min(1, 'title must not be empty'),
  /** The meta description: one or two sentences, shown by search engines and link previews. */
  description: z
    .string({ error: 'description is required' })
    .min(50, 'description should be at least 50 characters')
    .max(200, 'description should be at most 200 characters'),
  /** When the article's facts were last checked. */
  updated: z.coerce.date({ error: 'updated is required and must be a date, e.g. `updated: 2026-11-22`' }),
  /**
   * Names people look for on this port beyond IANA's service names (unofficial uses such as
   * serialnumberd on 626); they appear in the page title.
   */
  names: z.array(z.string().min(1)).default([]),
  /** Ports the article discusses (companions, the TLS variant), shown as links; each is checked to exist. */
  related: z.array(portNumber('related')).default([]),
  /** The verdict shown near the top: should this port face the internet, and why in one line. */
  exposure: z
    .object({
      level: z.enum(EXPOSURE_LEVELS, { error: `exposure.level must be one of: ${EXPOSURE_LEVELS.join(', ')}` }),
      reason: z.string().min(20, 'exposure.reason must say why in one line').max(160, 'exposure.reason must be one line, at most 160 characters'),
    })
    .strict()
    .optional(),
});
export type Article = z.infer<typeof articleSchema>;
