/**
 * Parser for IANA's CSV export of the port-number registry
 * (service-names-port-numbers.csv).
 */
import { CsvSyntaxError, readCsvRows } from './csv.ts';
import { IanaFormatError } from './errors.ts';
import {
  collapseSpaces,
  laterDate,
  optionalText,
  parseIanaDate,
  parsePortSpan,
  parseTransport,
  redactEmailAddresses,
  referenceFromToken,
  type FieldFailure,
} from './fields.ts';
import type { IanaParseOptions, IanaPerson, IanaRecord, IanaReference, IanaRegistry } from './types.ts';

/** The header IANA's CSV has; columns are looked up by these names. */
export const IANA_CSV_COLUMNS = [
  'Service Name',
  'Port Number',
  'Transport Protocol',
  'Description',
  'Assignee',
  'Contact',
  'Registration Date',
  'Modification Date',
  'Reference',
  'Service Code',
  'Unauthorized Use Reported',
  'Assignment Notes',
] as const;

type Column = (typeof IANA_CSV_COLUMNS)[number];

export interface IanaCsvOptions extends IanaParseOptions {
  /**
   * People to resolve "[Person_Id]" against, e.g. from
   * `readIanaPeople(xmlText)`. Ids not in the map stay unresolved (name and
   * domain null) rather than failing, because the CSV and XML IANA publishes
   * are often snapshots from different days.
   */
  people?: ReadonlyMap<string, IanaPerson>;
}

/**
 * Splits "[A][B]" into ["A", "B"]; returns null when the text is not made of
 * bracket groups only.
 */
function bracketGroups(value: string): string[] | null {
  const groups: string[] = [];
  let rest = value.trim();
  while (rest !== '') {
    const match = /^\[([^\]]*)\]\s*/.exec(rest);
    if (!match) return null;
    groups.push(match[1] as string);
    rest = rest.slice(match[0].length);
  }
  return groups;
}

/**
 * Parses the CSV export of IANA's Service Name and Transport Protocol Port
 * Number Registry.
 *
 * @param text the whole CSV file
 * @param options error-message source name and an optional people map
 * @returns one record per data row, in file order; `updated` is the newest
 *   registration/modification date seen, since the CSV has no header date
 * @throws IanaFormatError naming the line and column for a missing header
 *   column, a wrong column count, a bad port/range/transport/date/person
 *   list, or broken CSV quoting
 */
export function parseIanaCsv(text: string, options: IanaCsvOptions = {}): IanaRegistry {
  const source = options.sourceName ?? 'service-names-port-numbers.csv';
  const people = options.people;
  const rows = readCsvRows(text, { sourceName: source });

  const resolvePerson = (id: string): IanaPerson =>
    people?.get(id) ?? { id, name: null, organization: null, domain: null };
  const isPersonId = (id: string): boolean => people?.has(id) ?? false;

  const records: IanaRecord[] = [];
  let index: Record<Column, number> | null = null;
  let width = 0;
  let updated: string | null = null;

  try {
    for (const row of rows) {
      if (index === null) {
        // Map columns by name so a reordered export still parses.
        const header = row.fields.map((f) => f.trim());
        const found = {} as Record<Column, number>;
        for (const column of IANA_CSV_COLUMNS) {
          const at = header.indexOf(column);
          if (at < 0) {
            throw new IanaFormatError(source, row.line, column, `header has no "${column}" column`);
          }
          found[column] = at;
        }
        index = found;
        width = header.length;
        continue;
      }

      const line = row.line;
      const fail: FieldFailure = (field, detail) => {
        throw new IanaFormatError(source, line, field, detail);
      };
      if (row.fields.length !== width) {
        fail('columns', `expected ${width} columns, found ${row.fields.length}`);
      }
      const columns = index;
      const get = (column: Column): string => row.fields[columns[column]] as string;

      const personList = (column: Column): IanaPerson[] => {
        const groups = bracketGroups(get(column));
        if (groups === null || groups.some((g) => g.trim() === '')) {
          fail(column, `${column} ${JSON.stringify(get(column))} is not a list of [Person_Id]`);
        }
        return (groups ?? []).map((id) => resolvePerson(id.trim()));
      };

      const references = (): IanaReference[] => {
        const raw = get('Reference').trim();
        if (raw === '') return [];
        const groups = bracketGroups(raw);
        // Free text outside brackets is not something IANA emits today; keep it
        // as one text reference rather than dropping it.
        if (groups === null) return [{ kind: 'text', label: collapseSpaces(redactEmailAddresses(raw)), url: null }];
        return groups.filter((g) => g.trim() !== '').map((g) => referenceFromToken(g, isPersonId));
      };

      const ports = parsePortSpan(get('Port Number'), 'Port Number', fail);
      const record: IanaRecord = {
        sourceLine: line,
        serviceName: get('Service Name').trim(),
        portFirst: ports.first,
        portLast: ports.last,
        transport: parseTransport(get('Transport Protocol'), 'Transport Protocol', fail),
        description: optionalText(get('Description')) ?? '',
        assignees: personList('Assignee'),
        contacts: personList('Contact'),
        registrationDate: parseIanaDate(get('Registration Date'), 'Registration Date', fail),
        modificationDate: parseIanaDate(get('Modification Date'), 'Modification Date', fail),
        references: references(),
        serviceCode: optionalText(get('Service Code')),
        unauthorizedUse: optionalText(get('Unauthorized Use Reported')),
        assignmentNotes: optionalText(get('Assignment Notes')),
      };
      updated = laterDate(updated, laterDate(record.registrationDate, record.modificationDate));
      records.push(record);
    }
  } catch (error) {
    // Re-badge quoting errors so callers only need to catch one error type.
    if (error instanceof CsvSyntaxError) {
      throw new IanaFormatError(source, error.line, null, error.message.replace(/^.*? line \d+: /, ''));
    }
    throw error;
  }

  if (index === null) throw new IanaFormatError(source, null, null, 'file is empty (no header row)');
  return { updated, records, format: 'csv', footnotes: {} };
}
