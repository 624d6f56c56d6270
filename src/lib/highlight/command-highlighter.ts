import { createHighlighter, type ThemedTokenWithVariants } from 'shiki';
import {
  CHECK_TRANSPORTS,
  checkCommandsFor,
  transportsToShow,
  type CheckTransport,
  type CommandLanguage,
  type OsCommands,
} from '../commands/check-commands.ts';

/**
 * Highlighting is slow next to rendering a page; every command on all 65,536 pages would dominate
 * the build. Each command template is therefore highlighted once, with this number standing in
 * for the port, and pages substitute their own number into the HTML. A port number is a single
 * numeric token wherever it appears, so the result is the same as highlighting it directly
 * (tests/unit/command-highlighter.test.ts checks that).
 */
export const PORT_PLACEHOLDER = '48217';

/** Light and dark themes; their colours end up in CSS (a strict CSP forbids inline styles). */
const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/**
 * The elements a coloured run is wrapped in, one per colour, in the order the colours first
 * appear. The commands repeat on 65,536 pages: a bare `<b>` costs 7 bytes where shiki's
 * `<span class="sk-1t8gfj">` costs 32, and text in the default colour needs no element at all.
 * None of these is announced by screen readers; global.css resets their own styles.
 */
const TOKEN_ELEMENTS = ['b', 'i', 'u', 'var'] as const;

export interface HighlightedBlock {
  id: string;
  title: string;
  note?: string;
  /** The command as `<code>` content: text, with coloured runs in the elements above. */
  html: string;
}
export interface HighlightedOs {
  os: OsCommands['os'];
  label: string;
  blocks: HighlightedBlock[];
}

type Templates = Map<string, string>;

/**
 * Pipes, commas, equals signs and PowerShell's parameter dashes stay in the text colour: a
 * coloured dash before an uncoloured parameter name tells a reader nothing, and each such run
 * costs a port page 11-13 bytes (`grep -o '<var>[-|,=@ ]*</var>' dist/ports/40413/index.html`
 * counted 25 of them before). Quotes are not among them: they take their string's colour.
 */
const OPERATOR = /^[-|,=@;&]+$/;

let highlighterPromise: ReturnType<typeof createHighlighter> | undefined;

/** One highlighter per process; creating one loads grammars and themes. */
function loadHighlighter() {
  return (highlighterPromise ??= createHighlighter({
    themes: Object.values(THEMES),
    langs: ['shellscript', 'powershell', 'bat'],
  }));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A token's colours in both themes, "light/dark"; the themes' own foreground is `undefined`. */
type ColourKey = string | undefined;

/** Turns shiki's tokens into compact markup, assigning each new colour the next free element. */
class CompactSerializer {
  readonly #elements = new Map<string, string>();
  #foreground: string | undefined;

  async serialize(code: string, lang: CommandLanguage): Promise<string> {
    const highlighter = await loadHighlighter();
    this.#foreground ??= `${highlighter.getTheme(THEMES.light).fg}/${highlighter.getTheme(THEMES.dark).fg}`.toLowerCase();
    // No time limit: on a busy machine shiki's default (500 ms a line) cut lines short in one
    // theme only, giving a page colours no stylesheet had. Templates are highlighted once.
    const lines = highlighter.codeToTokensWithThemes(code, { lang, themes: THEMES, tokenizeTimeLimit: 0 });
    return lines.map((line) => this.#line(line, code)).join('\n');
  }

  #key(token: ThemedTokenWithVariants, code: string): ColourKey {
    const { light, dark } = token.variants as Record<keyof typeof THEMES, { color?: string; fontStyle?: number }>;
    if (light!.fontStyle || dark!.fontStyle) {
      throw new Error(`command-highlighter: "${token.content}" in "${code}" is styled (bold, italic), which the compact markup does not carry`);
    }
    if (OPERATOR.test(token.content.trim())) return undefined;
    const key = `${light!.color}/${dark!.color}`.toLowerCase();
    return key === this.#foreground ? undefined : key;
  }

  /** Runs of one colour; spaces take the colour around them (they show none), so a run spans them. */
  #line(tokens: ThemedTokenWithVariants[], code: string): string {
    const runs: { key: ColourKey; text: string }[] = [];
    for (const [i, token] of tokens.entries()) {
      let key = this.#key(token, code);
      if (/^\s+$/.test(token.content)) {
        const next = tokens.slice(i + 1).find((t) => !/^\s+$/.test(t.content));
        const previous = runs.at(-1)?.key;
        key = next && this.#key(next, code) === previous ? previous : undefined;
      }
      const last = runs.at(-1);
      if (last && last.key === key) last.text += token.content;
      else runs.push({ key, text: token.content });
    }
    return runs.map(({ key, text }) => (key === undefined ? escapeHtml(text) : this.#wrap(key, escapeHtml(text)))).join('');
  }

  #wrap(key: string, html: string): string {
    let element = this.#elements.get(key);
    if (element === undefined) {
      element = TOKEN_ELEMENTS[this.#elements.size];
      if (element === undefined) throw new Error(`command-highlighter: the themes use more colours than TOKEN_ELEMENTS has elements; add one for ${key}`);
      this.#elements.set(key, element);
    }
    return `<${element}>${html}</${element}>`;
  }

  /** One rule per element, light and dark through light-dark(), plus the foreground on `selector`. */
  css(selector: string): string {
    const colour = (key: string) => `color:light-dark(${key.replace('/', ',')})`;
    const rules = [`${selector}{${colour(this.#foreground!)}}`];
    for (const [key, element] of this.#elements) rules.push(`${selector} ${element}{${colour(key)}}`);
    return rules.join('');
  }
}

function transportKey(transports: readonly CheckTransport[]): string {
  return transportsToShow(transports).join('+');
}

/** Every transport combination a page can be shown: tcp, udp, or both. */
const TRANSPORT_SETS: readonly (readonly CheckTransport[])[] = [['tcp'], ['udp'], CHECK_TRANSPORTS];

/** The templates and the serializer that made them (its elements are the CSS's). */
interface Highlighted {
  templates: Templates;
  serializer: CompactSerializer;
}

async function buildTemplates(): Promise<Highlighted> {
  const serializer = new CompactSerializer();
  const templates: Templates = new Map();
  for (const transports of TRANSPORT_SETS) {
    for (const os of checkCommandsFor(PORT_PLACEHOLDER, transports)) {
      for (const block of os.blocks) {
        const html = await serializer.serialize(block.code, block.lang);
        // If the placeholder were split or merged into other text, substitution would be wrong.
        const expected = block.code.split(PORT_PLACEHOLDER).length;
        if (html.split(PORT_PLACEHOLDER).length !== expected) {
          throw new Error(`command-highlighter: placeholder ${PORT_PLACEHOLDER} was altered while highlighting "${block.code}"`);
        }
        templates.set(`${transportKey(transports)}/${os.os}/${block.id}`, html);
      }
    }
  }
  return { templates, serializer };
}

let highlightedPromise: Promise<Highlighted> | undefined;

/** Highlighted templates, built once per process. */
function loadTemplates(): Promise<Highlighted> {
  return (highlightedPromise ??= buildTemplates());
}

/** Highlights the check commands for one port, reusing the per-process templates. */
export async function highlightCheckCommands(
  port: number,
  transports: readonly CheckTransport[],
): Promise<HighlightedOs[]> {
  const { templates } = await loadTemplates();
  const number = String(port);
  const key = transportKey(transports);
  return checkCommandsFor(port, transports).map((os) => {
    return {
      os: os.os,
      label: os.label,
      blocks: os.blocks.map((block) => {
        const template = templates.get(`${key}/${os.os}/${block.id}`);
        if (template === undefined) throw new Error(`command-highlighter: no template for ${key}/${os.os}/${block.id}`);
        return { id: block.id, title: block.title, ...(block.note ? { note: block.note } : {}), html: template.replaceAll(PORT_PLACEHOLDER, number) };
      }),
    };
  });
}

/**
 * Highlights `code` directly, without templates: the blocks beside the tabs (src/render/
 * check-commands.ts, itself a template per kind of section), and the tests that prove templates
 * give the same bytes. It shares the templates' colour-to-element table, so call it after
 * highlightCheckCommands.
 */
export async function highlightDirectly(code: string, lang: CommandLanguage): Promise<string> {
  const { serializer } = await loadTemplates();
  return serializer.serialize(code, lang);
}

/** The CSS that colours the highlighted commands inside `selector` (their <code>), light and dark. */
export async function commandHighlightCss(selector: string): Promise<string> {
  const { serializer } = await loadTemplates();
  return serializer.css(selector);
}
