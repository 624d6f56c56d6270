/**
 * Plain-text tables for the report CLI. Column widths are measured in
 * terminal cells, not string length, so emoji and CJK text in comments do
 * not push later columns out of line.
 */

export interface Column {
  header: string;
  /** Numbers read better right-aligned. */
  align?: 'left' | 'right';
  /** Cells longer than this many cells are cut with an ellipsis. */
  maxWidth?: number;
}

const ZERO_WIDTH = /[\u0300-\u036F\u200B-\u200F\uFE00-\uFE0F\u20D0-\u20FF]/u;
const WIDE = /[\p{Extended_Pictographic}\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Approximate number of terminal cells a character occupies (0, 1 or 2). */
function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) || char.codePointAt(0)! >= 0x20000 ? 2 : 1;
}

/** Approximate display width of text in a monospace terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Makes a value safe and single-line for a table cell: newlines become " ⏎ "
 * and any control character left is dropped, so a stored comment can never
 * emit terminal escape sequences.
 */
export function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\r?\n/g, ' ⏎ ')
    .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
}

function truncate(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let out = '';
  let width = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (width + w > maxWidth - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows as an aligned table with a header and a rule under it.
 * @param columns column definitions, in order
 * @param rows one array of cell values per row
 * @returns the table text (no trailing newline); "(none)" when rows is empty
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly unknown[])[]): string {
  if (rows.length === 0) return '  (none)';
  const cells = rows.map((row) =>
    columns.map((column, i) => {
      const text = toCell(row[i]);
      return column.maxWidth ? truncate(text, column.maxWidth) : text;
    }),
  );
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[i]))),
  );
  const line = (values: string[]): string =>
    `  ${values.map((value, i) => pad(value, widths[i], columns[i].align ?? 'left')).join('  ')}`.trimEnd();
  return [
    line(columns.map((column) => column.header)),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.map(line),
  ].join('\n');
}
