import { z } from 'astro/zod';

/** Frontmatter of an article in content/ports/*.mdx. */
export const articleSchema = z.object({
  /** The port the article is about; its page is /ports/<port>/. */
  port: z
    .number({ error: 'port is required and must be a number, e.g. `port: 626`' })
    .int('port must be a whole number')
    .min(0, 'port must be between 0 and 65535')
    .max(65535, 'port must be between 0 and 65535'),
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
});
export type Article = z.infer<typeof articleSchema>;
