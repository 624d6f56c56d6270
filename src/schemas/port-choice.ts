import { z } from 'astro/zod';

/** The three verdicts, from best to worst. */
export const VERDICTS = ['good', 'care', 'avoid'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

/** Why a port earns its verdict; see src/lib/port-choice/verdict.ts for the rule behind each. */
export const REASON_CODES = [
  'browser-blocked',
  'port-zero',
  'system-range',
  'software-leading',
  'software-other',
  'assigned',
  'reserved',
  'ephemeral',
  'quiet',
] as const;
export const reasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

/** One reason, in words, with the sources it rests on. */
export const portChoiceReasonSchema = z.object({
  code: reasonCodeSchema,
  /** The verdict this reason alone would give. */
  severity: verdictSchema,
  text: z.string(),
  /** Outside sources; empty for facts from the site's own software data (listed on the port page). */
  sources: z.array(z.object({ label: z.string(), url: z.url() })),
});
export type PortChoiceReason = z.infer<typeof portChoiceReasonSchema>;

/** Whether to use a port for a service of one's own, and why. */
export const portChoiceSchema = z.object({
  port: z.number().int().min(0).max(65535),
  verdict: verdictSchema,
  /** Most serious first. */
  reasons: z.array(portChoiceReasonSchema).min(1),
  /** For `avoid`: the nearest good ports below and above (null where there is none); else null. */
  alternatives: z.object({ below: z.number().int().nullable(), above: z.number().int().nullable() }).nullable(),
});
export type PortChoice = z.infer<typeof portChoiceSchema>;
