/**
 * The shape every IANA registry parser in this folder returns, independent of
 * whether the source was the XML or the CSV export.
 */

export type { Transport as IanaTransport } from '../ports/transports.ts';
import type { Transport as IanaTransport } from '../ports/transports.ts';

export interface IanaPerson {
  /** IANA's person id, e.g. "Dick_van_der_Sijs" (the text inside "[...]" in the CSV). */
  id: string;
  name: string | null;
  organization: string | null;
  /**
   * Domain part of the person's e-mail only, e.g. "and.nl"; the full
   * address is never kept. Null when unresolved, when the person has no
   * mailto: URI (some only have a phone number or web page), or when the
   * address has no usable domain.
   */
  domain: string | null;
}

export interface IanaReference {
  /**
   * - rfc: an RFC ("RFC 6335", possibly with a section)
   * - draft: an Internet-Draft, or an RFC-to-be named "RFC-ietf-..."
   * - uri: a web page
   * - text: free text (e.g. "ISO/IEC 13818-6 MPEG-2 DSM-CC", "n/a")
   * - person: a person id found in the reference column
   * - note: a pointer to one of the registry's footnotes ("[1]"); the text
   *   is in {@link IanaRegistry.footnotes} when the source had it (XML)
   * - other: an xref type this code does not know yet
   */
  kind: 'rfc' | 'draft' | 'uri' | 'text' | 'person' | 'note' | 'other';
  /** e.g. "RFC 6335", a URL, or the text */
  label: string;
  /**
   * https://www.rfc-editor.org/rfc/rfcN for RFCs (plus "#section-x.y" when a
   * section is cited), the Datatracker page for drafts, the URL for uris,
   * else null.
   */
  url: string | null;
}

export interface IanaRecord {
  /** 1-based line (CSV) or record ordinal (XML) the record came from, for error messages */
  sourceLine: number;
  /** '' when none */
  serviceName: string;
  /** null when the row has no port (service-name-only registrations) */
  portFirst: number | null;
  /** == portFirst for a single port */
  portLast: number | null;
  transport: IanaTransport | null;
  /** '' when none */
  description: string;
  assignees: IanaPerson[];
  contacts: IanaPerson[];
  /**
   * "YYYY-MM-DD", or "YYYY-MM" for the many older records where IANA only
   * kept the month; null when none.
   */
  registrationDate: string | null;
  /** Same format as registrationDate. */
  modificationDate: string | null;
  references: IanaReference[];
  serviceCode: string | null;
  /** "Known Unauthorized Uses" text */
  unauthorizedUse: string | null;
  assignmentNotes: string | null;
}

export interface IanaRegistry {
  /** The registry's own <updated> date (XML) or the newest date seen (CSV). */
  updated: string | null;
  records: IanaRecord[];
  format: 'xml' | 'csv';
  /**
   * Registry footnotes by anchor ("1" -> text), which `note` references point
   * at. Only the XML carries them; empty for CSV.
   */
  footnotes: Record<string, string>;
}

/** Options shared by both parsers. */
export interface IanaParseOptions {
  /** Name used at the start of error messages; defaults to IANA's file name. */
  sourceName?: string;
}
