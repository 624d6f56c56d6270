import { describe, expect, it } from 'vitest';
import { footnoteProblems } from '../../src/lib/articles/footnote-check';
import { isCalendarDate } from '../../src/lib/dates/calendar-date';
import { tokenClasses } from '../../src/lib/highlight/markdown-code';
import { checkImplements } from '../../src/lib/software/check-implements';
import { incompleteReason } from '../../src/lib/iana/snapshot';

describe('isCalendarDate', () => {
  it('accepts real days and refuses the ones YAML would roll over', () => {
    expect(isCalendarDate('2026-11-22')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-1')).toBe(false);
  });
});

describe('footnoteProblems', () => {
  it('is empty when every reference has a linked definition and every definition is used', () => {
    expect(footnoteProblems('A.[^a] B.[^b]\n\n[^a]: X: https://a.example/\n[^b]: Y,\n    continued: https://b.example/\n')).toEqual([]);
  });

  it('names a reference without a definition, an unused definition and one without a link', () => {
    expect(footnoteProblems('A.[^a] B.[^gone]\n\n[^a]: X: https://a.example/\n[^unused]: Z: https://z.example/\n[^nolink]: W.\n')).toEqual([
      'the footnote reference [^gone] has no definition: add a line "[^gone]: Publisher, title: https://..."',
      'the footnote [^unused] is defined but never referenced',
      'the footnote [^nolink] is defined but never referenced',
      'the footnote [^nolink] has no http(s) link to its source',
    ]);
  });

  it('ignores code', () => {
    expect(footnoteProblems('Use `[^x]`.\n\n```sh\ngrep "[^a]" f\n```\n')).toEqual([]);
  });
});

describe('tokenClasses', () => {
  it('maps the CSS-variables theme to classes and refuses anything else', () => {
    expect(tokenClasses('color:var(--shiki-token-keyword)')).toEqual(['t-keyword']);
    expect(tokenClasses('color:var(--shiki-foreground)')).toEqual([]);
    expect(tokenClasses('color:var(--shiki-token-comment);font-style:italic')).toEqual(['t-comment', 't-i']);
    expect(() => tokenClasses('color:#ff0000')).toThrow(/cannot express as a class/);
  });
});

describe('checkImplements', () => {
  it('names the file and the field of a protocol the registry does not know', () => {
    const names = new Set(['ssh', 'http']);
    expect(() => checkImplements([{ slug: 'openssh', ports: [{ implements: 'ssh' }, {}] }], names)).not.toThrow();
    expect(() => checkImplements([{ slug: 'bad', ports: [{}, { implements: 'dns' }] }], names)).toThrow(
      /content\/software\/bad\.yaml: ports\[1\]\.implements is "dns", which is not a service name in the IANA registry/,
    );
  });
});

describe('incompleteReason', () => {
  const previous = { records: 14474, updated: '2025-03-28', fetched: '2026-12-01', from: 'x' };
  it('accepts a file about as large as the one it replaces, and refuses a cut one with the counts', () => {
    expect(incompleteReason('data/iana/x.csv', 14400, previous)).toBeNull();
    expect(incompleteReason('data/iana/x.csv', 15000, previous)).toBeNull();
    expect(incompleteReason('data/iana/x.csv', 12564, previous)).toMatch(/data\/iana\/x\.csv holds 12564 records, but the snapshot it replaces held 14474/);
    expect(incompleteReason('data/iana/x.csv', 10, undefined)).toBeNull();
  });
});
