import { isPortNumber } from '../ports/port-range.ts';

/** /626, /626/, /port/626 and /ports/626 (without the slash, for hosts that do not add it). */
const SHORT_LINK = /^\/(?:ports?\/)?(\d{1,5})\/?$/;

/**
 * Where a short link leads: "/626" and "/port/626" -> "/ports/626/". Null for any other path,
 * for a number that is not a port, and for a page's own address (a missing page must not loop).
 */
export function shortLinkTarget(pathname: string): string | null {
  const match = SHORT_LINK.exec(pathname);
  if (!match) return null;
  const port = Number(match[1]);
  if (!isPortNumber(port)) return null;
  const target = `/ports/${port}/`;
  return target === pathname ? null : target;
}
