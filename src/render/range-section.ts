import { drawRangeLine, formatSpan, PORT_MAX, portToRange } from '../lib/ports/port-range.ts';
import { html, type Html } from './html.ts';
import { sectionHeading } from './section-heading.ts';

/** The line's length in SVG units; /icons.svg#range-ticks is drawn for it. */
export const WIDTH = 600;
export const LINE = drawRangeLine(WIDTH, 4);
const LINUX_EPHEMERAL = { first: 32768, last: 60999 };
const STROKE = { system: 'stroke-system', user: 'stroke-user', dynamic: 'stroke-dynamic' } as const;
/**
 * The line's labels (0, 49152, 65535) are the same on every page: a symbol of /icons.svg, at
 * the positions this line gives them (tests/unit/range-section.test.ts holds the two together).
 */
export const RANGE_TICKS = '/icons.svg#range-ticks';

/**
 * "Range: User ports": where the port lies on the line 0-65535, what RFC 6335 says of its range
 * and what the operating systems do with it. `level` 3 inside an article section.
 */
export function rangeSection(port: number, { level = 2, prose = false }: { level?: 2 | 3; prose?: boolean } = {}): Html {
  const range = portToRange(port);
  const marker = Math.min(Math.max(LINE.xOf(port), 2), WIDTH - 2);
  const inLinuxEphemeral = port >= LINUX_EPHEMERAL.first && port <= LINUX_EPHEMERAL.last;
  const span = formatSpan(range.first, range.last);
  return html`<section aria-labelledby="range" class="sec">${sectionHeading({ id: 'range', text: `Range: ${range.name} ports`, level, className: 'sh', prose })}<svg viewBox="0 0 ${WIDTH} 44" class="range-line" role="img" aria-label="Port ${port} on the line from 0 to ${PORT_MAX}: in the ${range.name} range, ${span}.">${LINE.segments.map(
    // Each range a stroke 10 units wide (global.css), which costs fewer bytes than a rectangle.
    (s) => html`<path d="M${s.x} 19h${s.width}" class="${STROKE[s.id]}${s.id === range.id ? '' : ' dim'}"/>`,
  )}<path d="M${marker} 4v28" class="pin"/><use href="${RANGE_TICKS}"/></svg><p>Port ${port} is in the <strong>${range.name}</strong> range, ${span}, of RFC 6335 (also called ${range.alsoCalled}).</p>${
    range.id === 'system'
      ? html`<p class="mt-2">On Linux and the BSDs only root may bind a port below 1024, or on Linux a program granted the <code>CAP_NET_BIND_SERVICE</code> capability; Linux also lets an administrator move that limit with the sysctl <code>net.ipv4.ip_unprivileged_port_start</code>. Windows has no such rule. Since macOS 10.14 (Mojave) any user's program may listen on port ${port} on all addresses at once (0.0.0.0 or ::); binding it on one address, such as 127.0.0.1, still needs root. IANA assigns these ports only through the IETF or IESG review process.</p>`
      : ''
  }${
    range.id === 'user'
      ? html`<p class="mt-2">Any program may bind a port in this range without special privileges. IANA assigns User ports to services on request, but nothing enforces a registration: software often listens on a port registered to something else.</p>`
      : ''
  }${
    range.id === 'dynamic'
      ? html`<p class="mt-2">IANA never assigns ports in this range. It overlaps the ephemeral ports that operating systems hand out for the local end of outgoing connections: Windows and macOS use 49152–65535, and Linux by default uses 32768–60999 (set by <code>net.ipv4.ip_local_port_range</code>). Seen in a connection list, port ${port} is therefore often the client's side of a connection, not a server listening.</p>`
      : ''
  }${
    range.id === 'user' && inLinuxEphemeral
      ? html`<p class="mt-2">Port ${port} also lies in Linux's default ephemeral range, 32768–60999: on Linux it may be the local end of an outgoing connection rather than a server.</p>`
      : ''
  }${
    port === 0
      ? html`<p class="mt-2">Port 0 is special: a program that asks to bind port 0 gets a free port chosen by the operating system, so no service listens on port 0 itself. Traffic to port 0 on the wire is usually a scan or malformed.</p>`
      : ''
  }</section>`;
}
