// Extensions spelled out: the finder's browser bundle and plain-Node scripts load this file too.
import { PORT_COUNT } from '../ports/port-range.ts';

/**
 * Every port's class code (0-8, see classCode in verdict.ts) as runs: a letter A-I for the code,
 * then the run's length in base 36 ("A400B1A3…"). Most of the port space is long runs of
 * unassigned ports, so the string is small, and it gzips well.
 */
export function encodeClassRuns(codes: ArrayLike<number>): string {
  if (codes.length !== PORT_COUNT) throw new RangeError(`expected ${PORT_COUNT} class codes, got ${codes.length}`);
  let out = '';
  let start = 0;
  for (let port = 1; port <= PORT_COUNT; port++) {
    if (port < PORT_COUNT && codes[port] === codes[start]) continue;
    out += String.fromCharCode(65 + codes[start]!) + (port - start).toString(36);
    start = port;
  }
  return out;
}

/** The class codes of all ports, from {@link encodeClassRuns}. Throws on a malformed string. */
export function decodeClassRuns(runs: string): Uint8Array {
  const codes = new Uint8Array(PORT_COUNT);
  let port = 0;
  for (const [token, letter, length] of runs.matchAll(/([A-I])([0-9a-z]+)|./gs)) {
    if (!letter || !length) throw new SyntaxError(`port class runs: unexpected "${token}" at port ${port}`);
    const end = port + parseInt(length, 36);
    if (end > PORT_COUNT) throw new SyntaxError(`port class runs: run past port ${PORT_COUNT - 1}`);
    codes.fill(letter.charCodeAt(0) - 65, port, end);
    port = end;
  }
  if (port !== PORT_COUNT) throw new SyntaxError(`port class runs cover ${port} ports, not ${PORT_COUNT}`);
  return codes;
}
