import { describe, expect, it } from 'vitest';
import { decodeClassRuns, encodeClassRuns } from '../../src/lib/port-choice/class-runs';
import { parseFinderQuery, recommendedSpans, suggestPorts } from '../../src/lib/port-choice/finder';
import { ENGINE_LISTS, EPHEMERAL_RANGES, FETCH_BAD_PORTS } from '../../src/lib/port-choice/sources';
import {
  classCode,
  classOfCode,
  GOOD_SPAN,
  judgePort,
  nearestGood,
  portChoice,
  type PortClass,
  type PortFacts,
} from '../../src/lib/port-choice/verdict';
import { PORT_COUNT } from '../../src/lib/ports/port-range';
import { portChoiceSchema } from '../../src/schemas/port-choice';

const QUIET: PortClass = { status: 'unassigned', software: 'none' };
const quiet = () => QUIET;
const facts = (port: number, fields: Partial<PortFacts> = {}): PortFacts => ({ port, ...QUIET, services: [], products: [], ...fields });

describe('the sourced lists', () => {
  it('hold the 83 bad ports of the Fetch standard, sorted and unique', () => {
    expect(FETCH_BAD_PORTS).toHaveLength(83);
    expect([...new Set(FETCH_BAD_PORTS)].sort((a, b) => a - b)).toEqual(FETCH_BAD_PORTS);
    expect(FETCH_BAD_PORTS).toEqual(expect.arrayContaining([0, 4190, 6000, 6679, 10080]));
  });

  it('say of each engine only ports of the Fetch list, with a source', () => {
    for (const e of ENGINE_LISTS) {
      for (const p of e.lacks) expect(FETCH_BAD_PORTS).toContain(p);
      expect(e.provenance.url).toMatch(/^https:\/\/github\.com\/.+\/blob\/[0-9a-f]{40}\//);
    }
  });

  it('give every ephemeral range a source and a sane span', () => {
    for (const r of EPHEMERAL_RANGES) {
      expect(r.first).toBeLessThan(r.last);
      expect(r.provenance.url).toMatch(/^https:\/\//);
      expect(r.provenance.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(EPHEMERAL_RANGES.find((r) => r.id === 'linux')).toMatchObject({ first: 32768, last: 60999 });
  });
});

describe('judgePort', () => {
  it('avoids what browsers block, whatever the registry says', () => {
    for (const port of [6000, 6566, 10080, 4190]) expect(judgePort(port, QUIET)).toEqual({ verdict: 'avoid', codes: ['browser-blocked'] });
  });

  it('avoids port 0 and the System range', () => {
    expect(judgePort(0, QUIET).codes).toEqual(['browser-blocked', 'port-zero', 'system-range']);
    expect(judgePort(1023, QUIET)).toEqual({ verdict: 'avoid', codes: ['system-range'] });
  });

  it('avoids a port that leading software uses, even unassigned; less-known software only asks for care', () => {
    expect(judgePort(3000, { status: 'assigned', software: 'leading' })).toEqual({ verdict: 'avoid', codes: ['software-leading', 'assigned'] });
    expect(judgePort(3000, { status: 'unassigned', software: 'leading' }).verdict).toBe('avoid');
    expect(judgePort(3000, { status: 'unassigned', software: 'other' })).toEqual({ verdict: 'care', codes: ['software-other'] });
  });

  it('asks for care on assigned and reserved ports nothing known uses', () => {
    expect(judgePort(2647, { status: 'assigned', software: 'none' })).toEqual({ verdict: 'care', codes: ['assigned'] });
    expect(judgePort(1024, { status: 'reserved', software: 'none' })).toEqual({ verdict: 'care', codes: ['reserved'] });
  });

  it('asks for care inside the ephemeral ranges, and only there', () => {
    expect(judgePort(32767, QUIET).verdict).toBe('good');
    expect(judgePort(32768, QUIET)).toEqual({ verdict: 'care', codes: ['ephemeral'] });
    expect(judgePort(65000, QUIET)).toEqual({ verdict: 'care', codes: ['ephemeral'] });
    // Windows XP's old 1025-5000 is listed, not judged.
    expect(judgePort(3001, QUIET).verdict).toBe('good');
  });

  it('calls only quiet User-range ports below the ephemeral ranges good', () => {
    expect(GOOD_SPAN).toEqual({ first: 1024, last: 32767 });
    const bad = new Set(FETCH_BAD_PORTS);
    const wrong: number[] = [];
    for (let port = 0; port < PORT_COUNT; port++) {
      const { verdict, codes } = judgePort(port, QUIET);
      const expected = port >= GOOD_SPAN.first && port <= GOOD_SPAN.last && !bad.has(port);
      if ((verdict === 'good') !== expected || (expected && codes.join() !== 'quiet')) wrong.push(port);
    }
    expect(wrong).toEqual([]);
  });
});

describe('portChoice', () => {
  it('names the products and services, and offers the nearest good ports for avoid', () => {
    const taken = new Set([2999, 3001, 3002]);
    const classOf = (p: number): PortClass => (taken.has(p) ? { status: 'assigned', software: 'none' } : QUIET);
    const choice = portChoice(facts(3000, { status: 'assigned', software: 'leading', services: ['hbci'], products: ['Grafana', 'Gitea'] }), classOf);
    expect(choice.verdict).toBe('avoid');
    expect(choice.reasons.map((r) => r.text)).toEqual(['Grafana and Gitea use it: a service of yours would collide with them.', 'IANA assigned it to hbci.']);
    expect(choice.alternatives).toEqual({ below: 2998, above: 3003 });
    expect(portChoiceSchema.parse(choice)).toEqual(choice);
  });

  it('says which engines list a bad port and cites each', () => {
    const [reason] = portChoice(facts(6679), quiet).reasons;
    expect(reason!.text).toContain('Firefox and WebKit list it; Chromium did not list it in 2021');
    expect(reason!.sources.map((s) => s.label)).toEqual(['Fetch standard', 'Firefox', 'WebKit', 'Chromium (2021)']);
    expect(portChoice(facts(0), quiet).reasons[0]!.text).toContain('Firefox and WebKit do not');
  });

  it('names the systems whose ephemeral range holds the port', () => {
    expect(portChoice(facts(40000), quiet).reasons[0]!.text).toContain('outgoing connections: Linux uses 32768–60999. A client socket');
    expect(portChoice(facts(50000), quiet).reasons[0]!.text).toContain('Linux uses 32768–60999; Windows (Vista and later) and macOS use 49152–65535.');
    const high = portChoice(facts(65000), quiet).reasons[0]!;
    expect(high.text).toContain('Windows (Vista and later) and macOS use 49152–65535');
    expect(high.sources.map((s) => s.label)).toEqual(['Microsoft KB 929851', 'macOS source', 'RFC 6335']);
  });

  it('gives no alternatives unless the verdict is avoid', () => {
    expect(portChoice(facts(20011), quiet)).toMatchObject({ verdict: 'good', alternatives: null });
  });
});

describe('nearestGood', () => {
  it('stays inside the span good ports can be in', () => {
    expect(nearestGood(80, quiet)).toEqual({ below: null, above: 1024 });
    expect(nearestGood(50000, quiet)).toEqual({ below: 32767, above: null });
  });
});

describe('class codes and runs', () => {
  it('round-trip every class', () => {
    for (let code = 0; code < 9; code++) expect(classCode(classOfCode(code))).toBe(code);
    expect(() => classOfCode(9)).toThrow(/not a port class code/);
  });

  it('round-trip a port space', () => {
    const codes = Uint8Array.from({ length: PORT_COUNT }, (_, p) => (p % 997 === 0 ? 4 : p < 1024 ? 3 : 0));
    expect(decodeClassRuns(encodeClassRuns(codes))).toEqual(codes);
    expect(encodeClassRuns(new Uint8Array(PORT_COUNT))).toBe(`A${PORT_COUNT.toString(36)}`);
  });

  it('reject malformed runs', () => {
    expect(() => decodeClassRuns('A10')).toThrow(/cover 36 ports/);
    expect(() => decodeClassRuns('Z1')).toThrow(/unexpected "Z"/);
    expect(() => decodeClassRuns(`A${(PORT_COUNT + 1).toString(36)}`)).toThrow(/past port/);
  });
});

describe('the finder', () => {
  it('reads numbers, "near" and spans', () => {
    expect(parseFinderQuery(' near 3000 ')).toEqual({ ok: true, query: { kind: 'near', port: 3000 } });
    expect(parseFinderQuery('3000')).toEqual({ ok: true, query: { kind: 'near', port: 3000 } });
    expect(parseFinderQuery('8999–8000')).toEqual({ ok: true, query: { kind: 'span', first: 8000, last: 8999 } });
    expect(parseFinderQuery('8000 to 8999')).toEqual({ ok: true, query: { kind: 'span', first: 8000, last: 8999 } });
    expect(parseFinderQuery('70000')).toEqual({ ok: false, message: '70000 is not a port: the highest port is 65535.' });
    expect(parseFinderQuery('http')).toMatchObject({ ok: false });
  });

  it('suggests only ports the rules do not reject, good ones first and nearest first', () => {
    const taken = new Set([3000, 3001, 2999]);
    const classOf = (p: number): PortClass => (taken.has(p) ? { status: 'assigned', software: 'leading' } : QUIET);
    const near = suggestPorts({ kind: 'near', port: 3000 }, classOf, 4);
    expect(near).toEqual([2998, 3002, 2997, 3003].map((port) => ({ port, verdict: 'good' })));
    for (const s of suggestPorts({ kind: 'span', first: 6000, last: 6010 }, classOf)) {
      expect(judgePort(s.port, classOf(s.port)).verdict).toBe(s.verdict);
      expect(s.verdict).not.toBe('avoid');
    }
    expect(suggestPorts({ kind: 'span', first: 6000, last: 6000 }, classOf)).toEqual([]);
    expect(suggestPorts({ kind: 'span', first: 50000, last: 50002 }, classOf)).toEqual([50000, 50001, 50002].map((port) => ({ port, verdict: 'care' })));
  });

  it('recommends the longest good runs of each thousand', () => {
    const classOf = (p: number): PortClass => (p % 100 === 0 ? { status: 'assigned', software: 'none' } : QUIET);
    const blocks = recommendedSpans(classOf);
    expect(blocks[0]).toEqual({ first: 1024, last: 1999, runs: [{ first: 1101, last: 1199 }, { first: 1201, last: 1299 }] });
    expect(blocks.at(-1)).toMatchObject({ first: 32000, last: 32767 });
  });
});
