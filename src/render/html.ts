/**
 * HTML as strings, for the markup every port page repeats: 65,536 pages are rendered from these
 * functions in worker threads (src/site-steps/port-pages.ts), and Astro pages embed the same strings
 * with `set:html`, so both write one markup.
 *
 * `html` is a tagged template: every interpolated value is escaped unless it is itself `Html`
 * (a nested `html` or `raw`); arrays are joined; `null`, `undefined` and `false` write nothing.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

/** Text safe in an element and in a double-quoted attribute. Most text has nothing to escape: it is returned as is. */
export const escapeHtml = (text: string) => (SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text);

function write(value: Interpolation): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  let out = '';
  for (const item of value as readonly Interpolation[]) out += write(item);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += write(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup that is already HTML (highlighted code, serialized JSON-LD): written as is. */
export const raw = (markup: string) => new Html(markup);

/** ` name="value"` when there is a value, else nothing: for optional attributes. */
export const attr = (name: string, value: string | number | null | undefined) =>
  value === null || value === undefined ? raw('') : raw(` ${name}="${escapeHtml(String(value))}"`);
