/**
 * A small, dependency-free RFC 4180 reader.
 *
 * It exists because IANA's CSV export has quoted fields that span many lines
 * and contain doubled quotes, so splitting on newlines is wrong, and because
 * we want every row tagged with the physical line it starts on: when the
 * registry changes shape, the error should point at the exact spot.
 */

/** One parsed row and the 1-based physical line on which it starts. */
export interface CsvRow {
  line: number;
  fields: string[];
}

export interface CsvReadOptions {
  /** Name used at the start of error messages. Defaults to "CSV input". */
  sourceName?: string;
  /**
   * Skip physical lines that are completely empty (including a trailing
   * one). Defaults to true: RFC 4180 has no notion of an empty record, and
   * editors like to leave blank lines at the end of files.
   */
  skipBlankLines?: boolean;
}

/** Thrown for text that is not well-formed CSV; `line` is 1-based. */
export class CsvSyntaxError extends Error {
  readonly line: number;

  /**
   * @param sourceName file name shown at the start of the message
   * @param line 1-based line the problem was found on
   * @param detail what is wrong
   */
  constructor(sourceName: string, line: number, detail: string) {
    super(`${sourceName} line ${line}: ${detail}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

/** Counts line breaks the way the reader does: CRLF, lone CR and LF are one each. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR) {
      count++;
      if (text.charCodeAt(k + 1) === LF) k++;
    }
  }
  return count;
}

/**
 * Lazily reads CSV rows from `text`.
 *
 * Accepts LF, CRLF or lone CR line endings and a leading byte-order mark.
 * Line breaks inside quoted fields are normalised to "\n" so field values do
 * not depend on how the file was saved. Fields are returned verbatim (no
 * trimming); interpreting them is the caller's job.
 *
 * @param text whole CSV document
 * @param options error-message source name and blank-line handling
 * @returns a generator of rows, each with the line it starts on
 * @throws CsvSyntaxError for an unterminated quoted field (naming the line
 *   where the quote opened), for characters after a closing quote, or for a
 *   quote inside an unquoted field
 */
export function* readCsvRows(text: string, options: CsvReadOptions = {}): Generator<CsvRow> {
  const sourceName = options.sourceName ?? 'CSV input';
  const skipBlank = options.skipBlankLines ?? true;
  const n = text.length;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;

  while (i < n) {
    const rowLine = line;
    const fields: string[] = [];
    let sawQuote = false;

    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        sawQuote = true;
        const openLine = line;
        i++;
        let value = '';
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            throw new CsvSyntaxError(sourceName, openLine, 'quoted field is never closed');
          }
          const chunk = text.slice(i, close);
          line += countLineBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(close + 1) === QUOTE) {
            // A doubled quote is a literal quote; keep scanning the same field.
            value += '"';
            i = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== CR && next !== LF) {
          throw new CsvSyntaxError(
            sourceName,
            line,
            `unexpected ${JSON.stringify(text[i])} after the closing quote of a field`,
          );
        }
        fields.push(value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) {
            throw new CsvSyntaxError(
              sourceName,
              line,
              'quote character inside an unquoted field (the field must be quoted and the quote doubled)',
            );
          }
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }

      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      // End of record: consume exactly one line break (CRLF counts as one).
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }

    if (skipBlank && !sawQuote && fields.length === 1 && fields[0] === '') continue;
    yield { line: rowLine, fields };
  }
}

/**
 * Reads a whole CSV document into an array of rows.
 *
 * @param text whole CSV document
 * @param options see {@link readCsvRows}
 * @returns every row with the line it starts on
 * @throws CsvSyntaxError as described for {@link readCsvRows}
 */
export function readCsv(text: string, options: CsvReadOptions = {}): CsvRow[] {
  return Array.from(readCsvRows(text, options));
}
