/** Lowest and highest port numbers. */
export const PORT_MIN = 0;
export const PORT_MAX = 65535;
export const PORT_COUNT = PORT_MAX - PORT_MIN + 1;

export type PortRangeId = 'system' | 'user' | 'dynamic';

/** One of the three ranges that RFC 6335 (section 6) divides the port space into. */
export interface PortRange {
  id: PortRangeId;
  /** Short name used on the site. */
  name: string;
  /** The other names people know it by. */
  alsoCalled: string;
  first: number;
  last: number;
}

/** The three ranges of RFC 6335, in order. */
export const PORT_RANGES: readonly PortRange[] = [
  { id: 'system', name: 'System', alsoCalled: 'well-known ports', first: 0, last: 1023 },
  { id: 'user', name: 'User', alsoCalled: 'registered ports', first: 1024, last: 49151 },
  { id: 'dynamic', name: 'Dynamic/Private', alsoCalled: 'ephemeral ports', first: 49152, last: 65535 },
];

/** True for an integer from 0 to 65535. */
export function isPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= PORT_MIN && value <= PORT_MAX;
}

/** The RFC 6335 range a port belongs to. Throws for a number that is not a port. */
export function portToRange(port: number): PortRange {
  if (!isPortNumber(port)) throw new RangeError(`${port} is not a port number (0-65535)`);
  const range = PORT_RANGES.find((r) => port <= r.last);
  // The last range ends at PORT_MAX, so find() always succeeds for a valid port.
  return range!;
}

/** "0–1023" with an en dash, for display. */
export function formatSpan(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** The port line drawn to scale: where each range and each port fall on a line `width` units long. */
export interface RangeLine {
  /** x of a port, rounded to a tenth of a unit. */
  xOf(port: number): number;
  segments: readonly (PortRange & { x: number; width: number })[];
}

/**
 * Draws 0-65535 as a line `width` units long. The System range is under 2% of the line, so every
 * segment gets at least `minSegment` units to stay visible.
 */
export function drawRangeLine(width: number, minSegment: number): RangeLine {
  const xOf = (port: number) => Math.round((port / PORT_COUNT) * width * 10) / 10;
  return {
    xOf,
    segments: PORT_RANGES.map((r) => ({ ...r, x: xOf(r.first), width: Math.max(xOf(r.last + 1) - xOf(r.first), minSegment) })),
  };
}
