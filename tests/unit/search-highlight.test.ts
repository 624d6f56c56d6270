import { describe, expect, it } from 'vitest';
import { excerptSegments, hasMark, markTerms, queryTerms } from '../../src/lib/search/highlight';

/** Segments as a string with [brackets] around marked runs, for readable expectations. */
const show = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('queryTerms', () => {
  it('lower-cases, splits at spaces and punctuation, keeps hyphenated names whole', () => {
    expect(queryTerms('License  Manager')).toEqual(['license', 'manager']);
    expect(queryTerms('ms-sql-s (server)')).toEqual(['ms-sql-s', 'server']);
    expect(queryTerms('ssh ssh')).toEqual(['ssh']);
    expect(queryTerms('  ')).toEqual([]);
  });
});

describe('markTerms', () => {
  it('marks words that start with a term, in any case', () => {
    expect(
      show(markTerms('IANA lists port 2646 as and-lm (AND License Manager) on TCP.', queryTerms('license manager'))),
    ).toBe('IANA lists port 2646 as and-lm (AND [License] [Manager]) on TCP.');
  });

  it('marks a hyphenated name whole when a part of it matches', () => {
    expect(show(markTerms('syslog-tls, syslog', ['syslog']))).toBe('[syslog-tls], [syslog]');
    expect(show(markTerms('ms-sql-s and ms-sql-m', ['ms-sql-s']))).toBe('[ms-sql-s] and ms-sql-m');
  });

  it('prefix-matches like the index: "telnet" marks telnets, but "8080" does not mark 80', () => {
    expect(show(markTerms('telnets (telnet protocol over TLS/SSL)', ['telnet']))).toBe(
      '[telnets] ([telnet] protocol over TLS/SSL)',
    );
    expect(show(markTerms('HTTP Alternate (see port 80)', ['8080']))).toBe('HTTP Alternate (see port 80)');
  });

  it('returns the text unmarked without terms, and nothing for empty text', () => {
    expect(markTerms('telnet', [])).toEqual([{ text: 'telnet', mark: false }]);
    expect(markTerms('', ['x'])).toEqual([]);
    expect(hasMark(markTerms('telnet', []))).toBe(false);
    expect(hasMark(markTerms('telnet', ['tel']))).toBe(true);
  });

  it('keeps markup-like text as text', () => {
    expect(show(markTerms('<b>ssh</b> & "ssh"', ['ssh']))).toBe('<b>[ssh]</b> & "[ssh]"');
  });
});

describe('excerptSegments', () => {
  it('turns <mark> into marked segments and decodes entities', () => {
    expect(excerptSegments('ACR-NEMA &amp; <mark>Comm.</mark> &lt;script&gt; &quot;q&quot; &#39;a&#x27;')).toEqual([
      { text: 'ACR-NEMA & ', mark: false },
      { text: 'Comm.', mark: true },
      { text: ` <script> "q" 'a'`, mark: false },
    ]);
  });

  it('drops any other tag and leaves unknown references alone', () => {
    expect(show(excerptSegments('<b>x</b> &bogus; <mark>y</mark>'))).toBe('x &bogus; [y]');
  });
});
