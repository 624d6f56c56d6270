import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsv, readCsvRows } from '../../../src/lib/iana/csv.ts';

describe('readCsv', () => {
  it('reads plain rows and numbers them from 1', () => {
    expect(readCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
  });

  it('accepts a last row without a trailing newline', () => {
    expect(readCsv('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('keeps newlines inside quoted fields and reports the starting line of each row', () => {
    const rows = readCsv('id,text\n1,"first\nsecond\nthird"\n2,after\n');
    expect(rows).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'first\nsecond\nthird'] },
      { line: 5, fields: ['2', 'after'] },
    ]);
  });

  it('turns doubled quotes into one quote', () => {
    expect(readCsv('"say ""hi""",""""\n')[0]?.fields).toEqual(['say "hi"', '"']);
  });

  it('handles a quoted field made only of a newline and doubled quotes', () => {
    expect(readCsv('"\n""\n"""\nnext\n')).toEqual([
      { line: 1, fields: ['\n"\n"'] },
      { line: 4, fields: ['next'] },
    ]);
  });

  it('reads CRLF files and normalises CRLF inside quoted fields to LF', () => {
    const rows = readCsv('a,b\r\n1,"x\r\ny"\r\n2,z\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\ny'] },
      { line: 4, fields: ['2', 'z'] },
    ]);
  });

  it('treats a lone CR as a line break', () => {
    expect(readCsv('a\r"b\rc"\rd')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['b\nc'] },
      { line: 4, fields: ['d'] },
    ]);
  });

  it('keeps empty fields, including a trailing one and a quoted empty one', () => {
    expect(readCsv(',x,,""\ny,\n').map((r) => r.fields)).toEqual([
      ['', 'x', '', ''],
      ['y', ''],
    ]);
  });

  it('strips a byte-order mark', () => {
    expect(readCsv('\uFEFFService Name,Port\n')[0]?.fields).toEqual(['Service Name', 'Port']);
  });

  it('skips blank lines by default but still counts them', () => {
    expect(readCsv('a\n\nb\n\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 3, fields: ['b'] },
    ]);
  });

  it('returns blank lines as one empty field when asked to', () => {
    expect(readCsv('a\n\nb', { skipBlankLines: false }).map((r) => r.fields)).toEqual([['a'], [''], ['b']]);
  });

  it('does not treat a quoted empty field on its own line as blank', () => {
    expect(readCsv('""\n')).toEqual([{ line: 1, fields: [''] }]);
  });

  it('returns nothing for empty input', () => {
    expect(readCsv('')).toEqual([]);
  });

  it('leaves spaces around values alone', () => {
    expect(readCsv(' a , b \n')[0]?.fields).toEqual([' a ', ' b ']);
  });
});

describe('readCsv errors', () => {
  function errorOf(text: string, sourceName?: string): CsvSyntaxError {
    try {
      readCsv(text, sourceName === undefined ? {} : { sourceName });
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      return error as CsvSyntaxError;
    }
    throw new Error('expected readCsv to throw');
  }

  it('names the line where an unterminated quoted field opens', () => {
    const error = errorOf('a,b\n1,2\n3,"never\nclosed\n', 'demo.csv');
    expect(error.line).toBe(3);
    expect(error.message).toBe('demo.csv line 3: quoted field is never closed');
  });

  it('names the line of garbage after a closing quote, counting embedded newlines', () => {
    const error = errorOf('a\n"multi\nline"x,b\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^CSV input line 3: unexpected "x" after the closing quote/);
  });

  it('rejects a quote inside an unquoted field', () => {
    const error = errorOf('ok\nab"c,d\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain('quote character inside an unquoted field');
  });

  it('yields the good rows before the bad one when read lazily', () => {
    const seen: number[] = [];
    expect(() => {
      for (const row of readCsvRows('a\nb\n"c')) seen.push(row.line);
    }).toThrow(/line 3/);
    expect(seen).toEqual([1, 2]);
  });
});
