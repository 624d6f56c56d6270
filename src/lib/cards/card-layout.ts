import { drawRangeLine, formatSpan, PORT_MAX, type PortRange } from '../ports/port-range.ts';

/** What a preview card shows: one port, one range, or the site. */
export type CardContent =
  | { kind: 'port'; port: number; names: string; range: PortRange }
  | { kind: 'range'; range: PortRange }
  | { kind: 'site' };

/** The size Open Graph and Twitter show large previews at. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** An element as satori reads it: React's { type, props } shape, without React. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
type CardChild = CardElement | string;

// The site's dark palette (src/styles/global.css): cards look the same in every app that shows them.
const COLOR = {
  page: '#111418',
  ink: '#e7e9ec',
  muted: '#a3adb8',
  line: '#313a46',
  system: '#ff9a7a',
  user: '#79b8ff',
  dynamic: '#7ed08a',
} as const;
const PADDING_X = 80;
const LINE_WIDTH = CARD_WIDTH - 2 * PADDING_X;

const el = (type: string, style: Record<string, string | number>, ...children: CardChild[]): CardElement => ({
  type,
  props: { style, children },
});
const text = (content: string, style: Record<string, string | number>) => el('div', { display: 'flex', ...style }, content);

/** The site's mark and name, as in the page header. */
function brand(): CardElement {
  const mark: CardElement = {
    type: 'svg',
    props: {
      width: 44,
      height: 44,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: COLOR.user,
      strokeWidth: 2,
      children: [
        { type: 'circle', props: { cx: 12, cy: 12, r: 9 } },
        { type: 'path', props: { d: 'M3 12h18M12 3v18' } },
      ],
    },
  };
  return el('div', { display: 'flex', alignItems: 'center', gap: 16 }, mark, text('Port Atlas', { fontSize: 34, fontWeight: 700 }));
}

/** The port line to scale, the highlighted range (or all of them) and a marker at the port. */
function rangeLine(highlight: PortRange | null, port: number | null): CardElement {
  const { xOf, segments } = drawRangeLine(LINE_WIDTH, 14);
  const bars = segments.map((s) =>
    el('div', {
      position: 'absolute',
      left: s.x,
      top: 22,
      width: s.width,
      height: 22,
      backgroundColor: COLOR[s.id],
      opacity: highlight === null || highlight.id === s.id ? 1 : 0.3,
    }),
  );
  const marker =
    port === null
      ? []
      : [
          el('div', {
            position: 'absolute',
            left: Math.min(Math.max(xOf(port) - 3, 0), LINE_WIDTH - 6),
            top: 0,
            width: 6,
            height: 66,
            backgroundColor: COLOR.ink,
          }),
        ];
  const labels = el(
    'div',
    { display: 'flex', justifyContent: 'space-between', fontSize: 26, color: COLOR.muted },
    text('0', {}),
    text('49152', { position: 'absolute', left: xOf(49152) - 36 }),
    text(String(PORT_MAX), {}),
  );
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 10 },
    el('div', { display: 'flex', position: 'relative', width: LINE_WIDTH, height: 66 }, ...bars, ...marker),
    labels,
  );
}

const rangeWords = (range: PortRange) => `${range.name} range · ${formatSpan(range.first, range.last)} · ${range.alsoCalled}`;

/** The middle of the card: what it is about, largest first. */
function headline(content: CardContent): CardElement {
  const column = (...children: CardChild[]) => el('div', { display: 'flex', flexDirection: 'column', gap: 18 }, ...children);
  const clamp = { display: 'block', lineClamp: 2, overflow: 'hidden' };
  switch (content.kind) {
    case 'port':
      return column(
        text(`Port ${content.port}`, { fontSize: 132, fontWeight: 700, lineHeight: 1 }),
        el('div', { ...clamp, fontSize: 54, lineHeight: 1.2 }, content.names),
        text(rangeWords(content.range), { fontSize: 32, color: COLOR[content.range.id] }),
      );
    case 'range':
      return column(
        text(`${content.range.name} ports`, { fontSize: 112, fontWeight: 700, lineHeight: 1 }),
        text(formatSpan(content.range.first, content.range.last), { fontSize: 60, color: COLOR[content.range.id] }),
        text(`Also called ${content.range.alsoCalled}. RFC 6335.`, { fontSize: 34, color: COLOR.muted }),
      );
    case 'site':
      return column(
        text('Every TCP and UDP port', { fontSize: 84, fontWeight: 700, lineHeight: 1.05 }),
        el(
          'div',
          { ...clamp, fontSize: 38, lineHeight: 1.3, color: COLOR.muted },
          'What IANA registered on each port from 0 to 65535, and the command that shows what is listening on yours.',
        ),
      );
  }
}

/** The whole 1200x630 card as a satori element tree. Pure: the same content always gives the same tree. */
export function cardLayout(content: CardContent): CardElement {
  const range = content.kind === 'site' ? null : content.range;
  const port = content.kind === 'port' ? content.port : null;
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      padding: `56px ${PADDING_X}px 48px`,
      backgroundColor: COLOR.page,
      color: COLOR.ink,
      fontFamily: 'Inter',
      borderTop: `10px solid ${range ? COLOR[range.id] : COLOR.user}`,
    },
    brand(),
    headline(content),
    rangeLine(range, port),
  );
}
