/**
 * Field-level interpretation shared by the CSV and XML parsers, so that the
 * same value means the same thing (and fails the same way) in both formats.
 */
import { PORT_MAX } from '../ports/port-range.ts';
import { TRANSPORTS } from '../ports/transports.ts';
import type { IanaReference, IanaTransport } from './types.ts';

/** Reports a bad field; implementations throw and never return. */
export type FieldFailure = (field: string, detail: string) => never;

export interface PortSpan {
  first: number | null;
  last: number | null;
}

/**
 * Interprets a port column: "", "80" or "225-241".
 *
 * @param raw the field text (surrounding whitespace is ignored)
 * @param field column / element name for error messages
 * @param fail called for anything that is not a port, a range, or empty
 * @returns first and last port (equal for a single port), or nulls when empty
 */
export function parsePortSpan(raw: string, field: string, fail: FieldFailure): PortSpan {
  const value = raw.trim();
  if (value === '') return { first: null, last: null };
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(value);
  if (!match) return fail(field, `${field} ${JSON.stringify(raw)} is not a port or a range`);
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  for (const port of [first, last]) {
    if (port > PORT_MAX) {
      return fail(field, `${field} ${JSON.stringify(raw)} is above ${PORT_MAX}`);
    }
  }
  if (first > last) {
    return fail(field, `${field} ${JSON.stringify(raw)} is a range whose first port is above its last`);
  }
  return { first, last };
}

/**
 * Interprets a transport column; empty means "no transport" (service-name-only rows).
 *
 * @param raw the field text; compared case-insensitively
 * @param field column / element name for error messages
 * @param fail called for a transport IANA does not use
 * @returns the transport, or null when empty
 */
export function parseTransport(raw: string, field: string, fail: FieldFailure): IanaTransport | null {
  const value = raw.trim().toLowerCase();
  if (value === '') return null;
  const known = TRANSPORTS.find((t) => t === value);
  if (known === undefined) {
    return fail(field, `${field} ${JSON.stringify(raw)} is not one of ${TRANSPORTS.join(', ')}`);
  }
  return known;
}

/**
 * Validates a registry date. IANA uses "YYYY-MM-DD" and, for older entries,
 * "YYYY-MM"; both are kept as written because inventing a day would be wrong.
 *
 * @param raw the field text
 * @param field column / attribute name for error messages
 * @param fail called for any other shape or an impossible month/day
 * @returns the date string, or null when empty
 */
export function parseIanaDate(raw: string, field: string, fail: FieldFailure): string | null {
  const value = raw.trim();
  if (value === '') return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const month = match ? Number(match[2]) : 0;
  const day = match?.[3] === undefined ? 1 : Number(match[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    return fail(field, `${field} ${JSON.stringify(raw)} is not a date (YYYY-MM-DD or YYYY-MM)`);
  }
  return value;
}

/** Returns the later of two registry dates; works because both formats sort lexically. */
export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

/**
 * Builds an RFC reference from its number and an optional cited section.
 *
 * @param rfcNumber the RFC number as digits
 * @param rest text after the number, e.g. "Section 5.1" (optional)
 */
export function rfcReference(rfcNumber: string, rest = ''): IanaReference {
  const n = String(Number(rfcNumber));
  const cited = rest.replace(/^[\s,]+/, '').trim();
  const section = /^Section\s+(\d+(?:\.\d+)*)$/i.exec(cited);
  return {
    kind: 'rfc',
    label: cited ? `RFC ${n}, ${cited}` : `RFC ${n}`,
    url: `https://www.rfc-editor.org/rfc/rfc${n}${section ? `#section-${section[1]}` : ''}`,
  };
}

/**
 * Builds a draft reference. "RFC-ietf-foo-03" is the RFC Editor's name for
 * draft-ietf-foo-03 while it is in the publication queue, so it links to the
 * same Datatracker page.
 *
 * @param name draft name as IANA wrote it
 */
export function draftReference(name: string): IanaReference {
  const trimmed = name.trim();
  const docName = trimmed.replace(/^RFC-/i, 'draft-');
  const linkable = /^draft-[a-z0-9-]+$/i.test(docName);
  return {
    kind: 'draft',
    label: trimmed,
    url: linkable ? `https://datatracker.ietf.org/doc/${docName.toLowerCase()}` : null,
  };
}

/**
 * Classifies the text of one bracketed CSV reference ("RFC6335",
 * "RFC9110, Section 5.1", "draft-...", a URL, "1", a person id, or free text).
 *
 * @param token the text between "[" and "]"
 * @param isPersonId tells whether the token is a known person id
 */
export function referenceFromToken(token: string, isPersonId: (id: string) => boolean): IanaReference {
  const text = token.trim();
  const rfc = /^RFC\s?(\d+)(\s*,.*|\s+Section.*)?$/i.exec(text);
  if (rfc) return rfcReference(rfc[1] as string, rfc[2] ?? '');
  if (/^(draft|RFC)-[a-z0-9]/i.test(text) && !/\s/.test(text)) return draftReference(text);
  if (/^https?:\/\/\S+$/i.test(text)) return { kind: 'uri', label: text, url: text };
  if (/^\d+$/.test(text)) return { kind: 'note', label: `Note ${text}`, url: null };
  if (isPersonId(text)) return { kind: 'person', label: text, url: null };
  return { kind: 'text', label: collapseSpaces(redactEmailAddresses(text)), url: null };
}

/**
 * Collapses runs of whitespace (including line breaks) to single spaces;
 * used for reference labels, which are shown inline.
 *
 * @param text any text
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const DOMAIN_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/;

/**
 * Extracts the domain from a person's contact URI. IANA writes addresses as
 * "mailto:user&example.com" ("&" instead of "@", against harvesting), and a
 * few old entries are mangled ("user@.cnd.hp.com", "user@x.com>").
 *
 * @param uri the <uri> text
 * @returns the lower-cased domain, or null for non-mailto URIs and
 *   addresses without a plausible domain
 */
export function emailDomain(uri: string): string | null {
  const value = uri.trim();
  if (!/^mailto:/i.test(value)) return null;
  const address = value.slice('mailto:'.length);
  const at = Math.max(address.lastIndexOf('@'), address.lastIndexOf('&'));
  if (at < 0) return null;
  const domain = address
    .slice(at + 1)
    .replace(/[>\s].*$/s, '')
    .replace(/^\.+|\.+$/g, '')
    .toLowerCase();
  return DOMAIN_RE.test(domain) ? domain : null;
}

// Old free-text fields quote people's addresses ("<feil&kronos.nisd...>").
// Same policy as for people: keep the domain, drop the mailbox.
const EMBEDDED_EMAIL_RE =
  /<?\b[A-Za-z0-9._%+!-]+[&@]((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b>?/g;

/**
 * Replaces e-mail addresses inside free text with "(e-mail address at
 * domain)" so no full address survives into the site.
 *
 * @param text any free-text field
 */
export function redactEmailAddresses(text: string): string {
  if (!text.includes('@') && !text.includes('&')) return text;
  return text.replace(EMBEDDED_EMAIL_RE, (_m, domain: string) => `(e-mail address at ${domain.toLowerCase()})`);
}

/**
 * Trims a free-text field, redacts addresses, and maps "" to null.
 *
 * @param raw the field text
 */
export function optionalText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  return value === '' ? null : redactEmailAddresses(value);
}
