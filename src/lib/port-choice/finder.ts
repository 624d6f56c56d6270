// Extensions spelled out: the finder's browser bundle loads this file too.
import { PORT_MAX } from '../ports/port-range.ts';
import type { Verdict } from '../../schemas/port-choice.ts';
import { GOOD_SPAN, judgePort, type PortClass } from './verdict.ts';

/** What someone asked the finder for: a port to stay near, or a span to choose inside. */
export type FinderQuery = { kind: 'near'; port: number } | { kind: 'span'; first: number; last: number };

/**
 * Reads "3000", "near 3000", "around 3000", "8000-8999", "8000–8999" or "8000 to 8999".
 * Returns a message instead for anything else, or for numbers that are not ports.
 */
export function parseFinderQuery(raw: string): { ok: true; query: FinderQuery } | { ok: false; message: string } {
  const text = raw.trim().toLowerCase();
  const span = /^(\d{1,6})\s*(?:-|–|—|to|\.\.)\s*(\d{1,6})$/.exec(text);
  const near = /^(?:(?:near|around|close to|~)\s*)?(\d{1,6})$/.exec(text);
  const numbers = (span ? [span[1], span[2]] : near ? [near[1]] : []).map(Number);
  if (numbers.length === 0) return { ok: false, message: 'Type a port (3000), “near 3000” or a span (8000-8999).' };
  const tooBig = numbers.find((n) => n > PORT_MAX);
  if (tooBig !== undefined) return { ok: false, message: `${tooBig} is not a port: the highest port is ${PORT_MAX}.` };
  if (!span) return { ok: true, query: { kind: 'near', port: numbers[0]! } };
  const [first, last] = [Math.min(numbers[0]!, numbers[1]!), Math.max(numbers[0]!, numbers[1]!)];
  return { ok: true, query: { kind: 'span', first, last } };
}

/** One suggested port and its verdict (good or care; the finder never suggests one to avoid). */
export interface Suggestion {
  port: number;
  verdict: Exclude<Verdict, 'avoid'>;
}

const RANK: Record<Verdict, number> = { good: 0, care: 1, avoid: 2 };

/**
 * Free ports for a query, best first: good ones before ones to use with care, then the nearest to
 * the asked port (or, for a span, the lowest). At most `limit`; ports to avoid are never suggested.
 * A span is searched whole; "near" looks outwards until it has enough good ports.
 */
export function suggestPorts(query: FinderQuery, classOf: (port: number) => PortClass, limit = 8): Suggestion[] {
  const found: (Suggestion & { distance: number })[] = [];
  const consider = (port: number, distance: number) => {
    const { verdict } = judgePort(port, classOf(port));
    if (verdict !== 'avoid') found.push({ port, verdict, distance });
  };
  if (query.kind === 'span') {
    for (let p = query.first; p <= query.last; p++) consider(p, p - query.first);
  } else {
    consider(query.port, 0);
    let good = found.filter((s) => s.verdict === 'good').length;
    for (let d = 1; good < limit && (query.port - d >= 0 || query.port + d <= PORT_MAX); d++) {
      for (const p of [query.port - d, query.port + d]) {
        if (p < 0 || p > PORT_MAX) continue;
        const before = found.length;
        consider(p, d);
        if (found.length > before && found.at(-1)!.verdict === 'good') good++;
      }
    }
  }
  return found
    .sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || a.distance - b.distance || a.port - b.port)
    .slice(0, limit)
    .map(({ port, verdict }) => ({ port, verdict }));
}

/**
 * Runs of good ports to recommend without JavaScript: in each block of `blockSize` ports of the span
 * where good ports can be (GOOD_SPAN), its `perBlock` longest runs, in port order.
 */
export function recommendedSpans(classOf: (port: number) => PortClass, blockSize = 1000, perBlock = 2) {
  const blocks: { first: number; last: number; runs: { first: number; last: number }[] }[] = [];
  for (let start = Math.floor(GOOD_SPAN.first / blockSize) * blockSize; start <= GOOD_SPAN.last; start += blockSize) {
    const first = Math.max(start, GOOD_SPAN.first);
    const last = Math.min(start + blockSize - 1, GOOD_SPAN.last);
    const runs: { first: number; last: number }[] = [];
    let runStart = -1;
    for (let p = first; p <= last + 1; p++) {
      const good = p <= last && judgePort(p, classOf(p)).verdict === 'good';
      if (good && runStart < 0) runStart = p;
      if (!good && runStart >= 0) {
        runs.push({ first: runStart, last: p - 1 });
        runStart = -1;
      }
    }
    const longest = runs
      .sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first)
      .slice(0, perBlock)
      .sort((a, b) => a.first - b.first);
    blocks.push({ first, last, runs: longest });
  }
  return blocks;
}
