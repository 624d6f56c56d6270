/**
 * Entry point for reading IANA's Service Name and Transport Protocol Port
 * Number Registry in either of its published formats.
 */
import { parseIanaCsv, type IanaCsvOptions } from './parse-iana-csv.ts';
import { parseIanaXml, type IanaXmlOptions } from './parse-iana-xml.ts';
import type { IanaRegistry } from './types.ts';

export type { IanaPerson, IanaRecord, IanaReference, IanaRegistry, IanaTransport, IanaParseOptions } from './types.ts';
export { IanaFormatError } from './errors.ts';
export { CsvSyntaxError, readCsv, readCsvRows, type CsvRow, type CsvReadOptions } from './csv.ts';
export { IANA_CSV_COLUMNS, parseIanaCsv, type IanaCsvOptions } from './parse-iana-csv.ts';
export { parseIanaXml, readIanaPeople, type IanaXmlOptions } from './parse-iana-xml.ts';
export { emailDomain, redactEmailAddresses } from './fields.ts';

export type IanaFormat = 'xml' | 'csv';

/**
 * Picks the parser for a registry file from its name.
 *
 * @param fileName a file name or path, e.g. "service-names-port-numbers.xml"
 * @returns "xml" or "csv" (case-insensitive extension match)
 * @throws Error for any other extension, so a wrong file fails loudly
 */
export function detectFormat(fileName: string): IanaFormat {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  const ext = match?.[1]?.toLowerCase();
  if (ext === 'xml' || ext === 'csv') return ext;
  throw new Error(`cannot tell the registry format of "${fileName}": expected a .xml or .csv file`);
}

/**
 * Parses registry text in the given format.
 *
 * @param text the whole file
 * @param format "xml" or "csv" (see {@link detectFormat})
 * @param options passed to the format's parser; a file name given as
 *   `sourceName` ends up in error messages
 * @returns the parsed registry
 * @throws IanaFormatError for malformed input
 */
export function parseIanaRegistry(
  text: string,
  format: IanaFormat,
  options: IanaCsvOptions & IanaXmlOptions = {},
): IanaRegistry {
  return format === 'xml' ? parseIanaXml(text, options) : parseIanaCsv(text, options);
}
