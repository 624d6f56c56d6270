import { PORT_MAX } from './port-range.ts';

export type PortInputResult = { ok: true; port: number } | { ok: false; message: string };

/**
 * Reads what someone typed into a port-number box. Accepts only plain decimal digits
 * (surrounding spaces ignored), so "1e3", "0x50" or "12a" are errors rather than surprises.
 */
export function parsePortInput(raw: string): PortInputResult {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter a port number from 0 to 65535.' };
  if (/^-\d+$/.test(text)) return { ok: false, message: 'Port numbers start at 0; there are no negative ports.' };
  if (!/^\d+$/.test(text)) {
    return { ok: false, message: `“${text.slice(0, 20)}” is not a port number. Use digits only, from 0 to 65535.` };
  }
  // Compare as a number only once the digits are known to be few enough to be exact.
  const port = text.length > 6 ? Infinity : Number(text);
  if (port > PORT_MAX) {
    return { ok: false, message: `${text.length > 12 ? 'That number' : text} is not a port number: the highest port is 65535.` };
  }
  return { ok: true, port };
}
