/**
 * One error type for everything that can be wrong with a registry file, so
 * callers (the build, the update script, tests) can tell "the data is bad"
 * apart from programming errors and can read the position without parsing
 * the message.
 */
export class IanaFormatError extends Error {
  /** File name used in the message, e.g. "service-names-port-numbers.csv". */
  readonly source: string;
  /** 1-based line (CSV) or record ordinal (XML); null when not tied to one. */
  readonly line: number | null;
  /** Column or element that was wrong, when known. */
  readonly field: string | null;

  /**
   * @param source file name shown at the start of the message
   * @param line 1-based line or record ordinal, or null
   * @param field offending column / element, or null
   * @param detail human-readable explanation
   * @param where word that precedes the number ("line" for CSV, "record" for XML)
   * @param context short identification shown after the number, e.g. the service name
   */
  constructor(
    source: string,
    line: number | null,
    field: string | null,
    detail: string,
    where: 'line' | 'record' = 'line',
    context = '',
  ) {
    const position = (line === null ? '' : ` ${where} ${line}`) + (context ? ` (${context})` : '');
    super(`${source}${position}: ${detail}`);
    this.name = 'IanaFormatError';
    this.source = source;
    this.line = line;
    this.field = field;
  }
}
