/**
 * Parser for IANA's XML edition of the port-number registry
 * (service-names-port-numbers.xml), the authoritative and richest format:
 * unlike the CSV it carries the people directory, footnotes and link targets.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IanaFormatError } from './errors.ts';
import {
  collapseSpaces,
  draftReference,
  emailDomain,
  parseIanaDate,
  parsePortSpan,
  parseTransport,
  redactEmailAddresses,
  rfcReference,
  type FieldFailure,
} from './fields.ts';
import type { IanaParseOptions, IanaPerson, IanaRecord, IanaReference, IanaRegistry } from './types.ts';

/**
 * fast-xml-parser's ordered output: each node is an object with one key (the
 * tag name, or "#text") plus ":@" for attributes. Order matters here because
 * descriptions and notes mix text with <br/> and inline <xref/>.
 */
interface XmlNode {
  [tag: string]: XmlNode[] | string | Record<string, string> | undefined;
}

export interface IanaXmlOptions extends IanaParseOptions {
  /**
   * Run fast-xml-parser's well-formedness check first (about a third of the
   * parse time). On by default because the parser alone accepts truncated
   * or mismatched documents, and a half-downloaded registry must not pass.
   */
  validate?: boolean;
}

const REGISTRY_ID = 'service-names-port-numbers';

function makeParser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Keep every value a string: "0042" or "1e3" must not become numbers.
    parseTagValue: false,
    parseAttributeValue: false,
    // Whitespace inside notes is meaningful (indented TXT-key listings).
    trimValues: false,
  });
}

function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

function attrsOf(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? value : [];
}

function textOf(node: XmlNode): string {
  return typeof node['#text'] === 'string' ? node['#text'] : String(node['#text'] ?? '');
}

/** The bracket token the CSV export uses for an inline xref, e.g. "RFC5389". */
function inlineXrefToken(node: XmlNode): string {
  const { type, data } = attrsOf(node);
  if (type === 'rfc' && data && /^rfc\d+$/i.test(data)) return data.toUpperCase();
  return data ?? plainText(childrenOf(node));
}

function plainText(nodes: XmlNode[]): string {
  return nodes.map((n) => (tagOf(n) === '#text' ? textOf(n) : plainText(childrenOf(n)))).join('');
}

/**
 * Flattens mixed content to plain text the way IANA's own CSV export does:
 * <br/> becomes one line break (not stacked on top of a line break that
 * already follows it), inline xrefs become "[RFC1234]", and <paragraph>
 * children become separate lines.
 */
function renderText(nodes: XmlNode[]): string {
  if (nodes.some((n) => tagOf(n) === 'paragraph')) {
    return nodes
      .map((n) => (tagOf(n) === 'paragraph' ? renderText(childrenOf(n)) : tagOf(n) === '#text' ? textOf(n).trim() : ''))
      .filter((s) => s !== '')
      .join('\n');
  }
  let out = '';
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as XmlNode;
    const tag = tagOf(node);
    if (tag === '#text') out += textOf(node);
    else if (tag === 'br') {
      const next = nodes[k + 1];
      const nextBreaks = next !== undefined && (tagOf(next) === 'br' || (tagOf(next) === '#text' && /^[ \t]*\r?\n/.test(textOf(next))));
      if (!nextBreaks) out += '\n';
    } else if (tag === 'xref') out += `[${inlineXrefToken(node)}]`;
    else out += renderText(childrenOf(node));
  }
  return redactEmailAddresses(out.trim());
}

/** Builds the people directory from the parsed <people> element. */
function collectPeople(peopleNode: XmlNode | undefined, source: string): Map<string, IanaPerson> {
  const people = new Map<string, IanaPerson>();
  if (peopleNode === undefined) return people;
  let ordinal = 0;
  for (const node of childrenOf(peopleNode)) {
    if (tagOf(node) !== 'person') continue;
    ordinal++;
    const id = attrsOf(node).id?.trim();
    if (!id) throw new IanaFormatError(source, null, 'person', `<person> number ${ordinal} in <people> has no id`);
    if (people.has(id)) throw new IanaFormatError(source, null, 'person', `person id "${id}" is defined twice in <people>`);
    let name: string | null = null;
    let organization: string | null = null;
    let domain: string | null = null;
    for (const child of childrenOf(node)) {
      const tag = tagOf(child);
      const value = plainText(childrenOf(child)).trim();
      if (tag === 'name' && value) name = value;
      else if (tag === 'org' && value) organization = value;
      // First usable mailto wins; tel: and http: URIs are not e-mail, so no domain.
      else if (tag === 'uri' && domain === null) domain = emailDomain(value);
    }
    people.set(id, { id, name, organization, domain });
  }
  return people;
}

/** Parses (and by default validates) the document and returns the <registry> element. */
function registryNode(text: string, source: string, validate: boolean): XmlNode {
  if (validate) {
    const result = XMLValidator.validate(text);
    if (result !== true) {
      const { msg, line } = result.err;
      throw new IanaFormatError(source, line, null, `not well-formed XML: ${msg}`);
    }
  }
  let doc: XmlNode[];
  try {
    doc = makeParser().parse(text) as XmlNode[];
  } catch (error) {
    throw new IanaFormatError(source, null, null, `not well-formed XML: ${(error as Error).message}`);
  }
  const registry = doc.find((n) => tagOf(n) === 'registry');
  if (registry === undefined || attrsOf(registry).id !== REGISTRY_ID) {
    throw new IanaFormatError(source, null, null, `root element is not <registry id="${REGISTRY_ID}">`);
  }
  return registry;
}

/**
 * Reads only the people directory of the XML registry, e.g. to resolve the
 * "[Person_Id]" references in the CSV edition.
 *
 * @param text the whole XML file
 * @param options error-message source name and validation switch
 * @returns person id -> person (name, organization, e-mail domain only)
 * @throws IanaFormatError when the document is not the registry or a person id is missing/duplicated
 */
export function readIanaPeople(text: string, options: IanaXmlOptions = {}): Map<string, IanaPerson> {
  const source = options.sourceName ?? 'service-names-port-numbers.xml';
  // Only the root's start tag and the <people> block are parsed: the 14,000 records before it would
  // cost most of the time and memory, and a build that takes its records from the CSV needs none.
  const root = /<registry\b[^>]*>/.exec(text);
  const start = text.indexOf('<people>');
  const end = text.indexOf('</people>', start);
  const block = root && start >= 0 && end > start ? `${root[0]}${text.slice(start, end + '</people>'.length)}</registry>` : text;
  const registry = registryNode(block, source, options.validate ?? true);
  return collectPeople(childrenOf(registry).find((n) => tagOf(n) === 'people'), source);
}

/**
 * Parses the XML edition of IANA's Service Name and Transport Protocol Port
 * Number Registry.
 *
 * Person xrefs placed directly in a record are its contacts; the people in
 * its <assignee> element are the assignees, and when a record has no
 * <assignee> element its contacts are also its assignees (the CSV export
 * applies the same rule).
 *
 * @param text the whole XML file
 * @param options error-message source name and validation switch
 * @returns one record per <record> element, in document order, with
 *   sourceLine = the record's 1-based ordinal
 * @throws IanaFormatError for malformed XML, a document that is not this
 *   registry, a bad number/range/protocol/date, a repeated single-valued
 *   element, or a person id that is not defined in <people>
 */
export function parseIanaXml(text: string, options: IanaXmlOptions = {}): IanaRegistry {
  const source = options.sourceName ?? 'service-names-port-numbers.xml';
  const registry = registryNode(text, source, options.validate ?? true);
  const top = childrenOf(registry);
  const people = collectPeople(top.find((n) => tagOf(n) === 'people'), source);

  const updatedNode = top.find((n) => tagOf(n) === 'updated');
  const registryFail: FieldFailure = (field, detail) => {
    throw new IanaFormatError(source, null, field, detail);
  };
  const updated = updatedNode ? parseIanaDate(plainText(childrenOf(updatedNode)), 'updated', registryFail) : null;

  const footnotes: Record<string, string> = {};
  for (const node of top) {
    if (tagOf(node) !== 'footnote') continue;
    const anchor = attrsOf(node).anchor;
    if (anchor) footnotes[anchor] = renderText(childrenOf(node));
  }

  const records: IanaRecord[] = [];
  let ordinal = 0;
  for (const node of top) {
    if (tagOf(node) !== 'record') continue;
    ordinal++;
    records.push(parseRecord(node, ordinal, source, people));
  }
  return { updated, records, format: 'xml', footnotes };
}

const SINGLE_VALUED = new Set(['name', 'protocol', 'number', 'description', 'sc', 'unauthorized']);

function parseRecord(node: XmlNode, ordinal: number, source: string, people: Map<string, IanaPerson>): IanaRecord {
  const children = childrenOf(node);
  const single = new Map<string, XmlNode>();
  for (const child of children) {
    const tag = tagOf(child);
    if (!SINGLE_VALUED.has(tag)) continue;
    if (single.has(tag)) {
      const nameNode = single.get('name');
      throw new IanaFormatError(
        source,
        ordinal,
        tag,
        `<${tag}> appears more than once`,
        'record',
        nameNode ? plainText(childrenOf(nameNode)).trim() : '',
      );
    }
    single.set(tag, child);
  }
  const text = (tag: string): string => {
    const found = single.get(tag);
    return found ? plainText(childrenOf(found)) : '';
  };

  const serviceName = text('name').trim();
  const context = `${serviceName || '(no name)'} ${text('number').trim() || '-'}/${text('protocol').trim() || '-'}`;
  const fail: FieldFailure = (field, detail) => {
    throw new IanaFormatError(source, ordinal, field, detail, 'record', context);
  };
  const person = (xref: XmlNode): IanaPerson => {
    const id = (attrsOf(xref).data ?? '').trim();
    const found = people.get(id);
    if (found === undefined) return fail('xref', `person "${id}" is not defined in <people>`);
    return found;
  };

  const contacts: IanaPerson[] = [];
  let assignees: IanaPerson[] | null = null;
  const references: IanaReference[] = [];
  const notes: string[] = [];

  for (const child of children) {
    const tag = tagOf(child);
    if (tag === 'assignee') {
      assignees ??= [];
      for (const inner of childrenOf(child)) {
        if (tagOf(inner) === 'xref' && attrsOf(inner).type === 'person') assignees.push(person(inner));
      }
    } else if (tag === 'xref') {
      if (attrsOf(child).type === 'person') contacts.push(person(child));
      else references.push(xrefReference(child));
    } else if (tag === 'note') {
      // Inline person xrefs inside notes must resolve too.
      checkInlinePeople(childrenOf(child), person);
      const value = renderText(childrenOf(child));
      if (value) notes.push(value);
    }
  }
  for (const tag of ['description', 'unauthorized']) {
    const found = single.get(tag);
    if (found) checkInlinePeople(childrenOf(found), person);
  }

  const ports = parsePortSpan(text('number'), 'number', fail);
  const attrs = attrsOf(node);
  const descriptionNode = single.get('description');
  const unauthorizedNode = single.get('unauthorized');
  const unauthorized = unauthorizedNode ? renderText(childrenOf(unauthorizedNode)) : '';
  const serviceCode = text('sc').trim();

  return {
    sourceLine: ordinal,
    serviceName,
    portFirst: ports.first,
    portLast: ports.last,
    transport: parseTransport(text('protocol'), 'protocol', fail),
    description: descriptionNode ? renderText(childrenOf(descriptionNode)) : '',
    assignees: assignees ?? [...contacts],
    contacts,
    registrationDate: parseIanaDate(attrs.date ?? '', 'date', fail),
    modificationDate: parseIanaDate(attrs.updated ?? '', 'updated', fail),
    references,
    serviceCode: serviceCode || null,
    unauthorizedUse: unauthorized || null,
    assignmentNotes: notes.length > 0 ? notes.join('\n\n') : null,
  };
}

function checkInlinePeople(nodes: XmlNode[], person: (xref: XmlNode) => IanaPerson): void {
  for (const node of nodes) {
    if (tagOf(node) === 'xref' && attrsOf(node).type === 'person') person(node);
    else if (tagOf(node) !== '#text') checkInlinePeople(childrenOf(node), person);
  }
}

/** Turns a record-level, non-person <xref> into a reference. */
function xrefReference(node: XmlNode): IanaReference {
  const { type, data } = attrsOf(node);
  const body = collapseSpaces(plainText(childrenOf(node)));
  const value = (data ?? '').trim();
  switch (type) {
    case 'rfc': {
      const match = /^rfc(\d+)$/i.exec(value);
      if (match) return rfcReference(match[1] as string);
      return draftReference(value || body);
    }
    case 'draft':
      return draftReference(value || body);
    case 'uri':
      return { kind: 'uri', label: body || value, url: value || null };
    case 'text':
      return { kind: 'text', label: redactEmailAddresses(body || value), url: null };
    case 'note':
      return { kind: 'note', label: `Note ${value || body}`, url: null };
    default:
      return { kind: 'other', label: redactEmailAddresses(body || value || String(type)), url: null };
  }
}
