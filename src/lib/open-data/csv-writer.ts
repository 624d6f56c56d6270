/**
 * An RFC 4180 CSV writer: a header row, CRLF between records, and a field quoted (its quotes
 * doubled) exactly when it holds a comma, a quote or a line break. The reader in
 * src/lib/iana/csv.ts reads what this writes.
 */

/** A cell as a download holds it: text, a number, a flag, or nothing (an empty field). */
export type CsvValue = string | number | boolean | null | undefined;

/** One column: its header and how a record fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (record: T) => CsvValue;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as written: empty for null/undefined, quoted when its text needs it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole document: the header row, then one row per record, every row ended by CRLF. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], records: Iterable<T>): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const record of records) lines.push(columns.map((c) => csvField(c.value(record))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
