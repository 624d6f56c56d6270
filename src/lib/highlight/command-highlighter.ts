import { transformerStyleToClass } from '@shikijs/transformers';
import { createHighlighter, type ShikiTransformer } from 'shiki';
import {
  CHECK_TRANSPORTS,
  checkCommandsFor,
  transportsToShow,
  type CheckTransport,
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

/** Light and dark themes, emitted as CSS classes rather than inline styles (a strict CSP forbids those). */
const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

export interface HighlightedBlock {
  id: string;
  title: string;
  note?: string;
  html: string;
}
export interface HighlightedOs {
  os: OsCommands['os'];
  label: string;
  blocks: HighlightedBlock[];
}

type Templates = Map<string, string>;

const styleToClass = transformerStyleToClass({ classPrefix: 'sk-' });

/** Drops the theme-name classes shiki adds to <pre>: nothing styles them, and 65,536 pages carry them. */
const trimPreClasses: ShikiTransformer = {
  name: 'port-atlas:trim-pre-classes',
  pre(node) {
    // hast keeps the class either as a string or as a list, depending on who set it last.
    const classes = [node.properties['class'] ?? []].flat().join(' ').split(/\s+/);
    node.properties['class'] = classes
      .filter((c) => c && c !== 'shiki-themes' && !Object.values(THEMES).includes(c as never))
      .join(' ');
  },
};
const TRANSFORMERS = [styleToClass, trimPreClasses];

let highlighterPromise: ReturnType<typeof createHighlighter> | undefined;

/** One highlighter per process; creating one loads grammars and themes. */
function loadHighlighter() {
  return (highlighterPromise ??= createHighlighter({
    themes: Object.values(THEMES),
    langs: ['shellscript', 'powershell', 'bat'],
  }));
}

let templatesPromise: Promise<Templates> | undefined;

function transportKey(transports: readonly CheckTransport[]): string {
  return transportsToShow(transports).join('+');
}

/** Every transport combination a page can be shown: tcp, udp, or both. */
const TRANSPORT_SETS: readonly (readonly CheckTransport[])[] = [['tcp'], ['udp'], CHECK_TRANSPORTS];

async function buildTemplates(): Promise<Templates> {
  const highlighter = await loadHighlighter();
  const templates: Templates = new Map();
  for (const transports of TRANSPORT_SETS) {
    for (const os of checkCommandsFor(PORT_PLACEHOLDER, transports)) {
      for (const block of os.blocks) {
        const html = highlighter.codeToHtml(block.code, {
          lang: block.lang,
          themes: THEMES,
          defaultColor: false,
          transformers: TRANSFORMERS,
        });
        // If the placeholder were split or merged into other text, substitution would be wrong.
        const expected = block.code.split(PORT_PLACEHOLDER).length;
        if (html.split(PORT_PLACEHOLDER).length !== expected) {
          throw new Error(`command-highlighter: placeholder ${PORT_PLACEHOLDER} was altered while highlighting "${block.code}"`);
        }
        templates.set(`${transportKey(transports)}/${os.os}/${block.id}`, html);
      }
    }
  }
  return templates;
}

/** Highlighted templates, built once per process. */
function loadTemplates(): Promise<Templates> {
  return (templatesPromise ??= buildTemplates());
}

/** Highlights the check commands for one port, reusing the per-process templates. */
export async function highlightCheckCommands(
  port: number,
  transports: readonly CheckTransport[],
): Promise<HighlightedOs[]> {
  const templates = await loadTemplates();
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

/** Highlights `code` directly, without templates; used to prove templates give the same bytes. */
export async function highlightDirectly(code: string, lang: string): Promise<string> {
  const highlighter = await loadHighlighter();
  return highlighter.codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers: TRANSFORMERS });
}

/** The CSS for the classes the highlighted commands use, light and dark. */
export async function commandHighlightCss(): Promise<string> {
  await loadTemplates();
  return styleToClass.getCSS();
}
