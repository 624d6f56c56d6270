import { createCssVariablesTheme, type ShikiTransformer } from 'shiki';

/**
 * Code blocks in articles. Shiki writes colours as inline `style` attributes, which the site's CSP
 * (`style-src 'self'`) blocks. With the CSS-variables theme every token's colour is one of a fixed
 * set of variables, so each becomes a short class named after it (`t-keyword`), styled in
 * global.css for light and dark. The set is closed: any other style fails the build.
 */
export const markdownCodeTheme = createCssVariablesTheme({
  name: 'port-atlas-code',
  variablePrefix: '--shiki-',
  variableDefaults: {},
  fontStyle: true,
});

/** The token kinds the CSS-variables theme uses; global.css has a rule for each `t-<kind>`. */
export const TOKEN_KINDS = [
  'constant',
  'string',
  'comment',
  'keyword',
  'parameter',
  'function',
  'string-expression',
  'punctuation',
  'link',
] as const;

const COLOR = /^color:\s*var\(--shiki-(?:token-)?([a-z-]+)\)$/;
const FONT = /^font-style:\s*(italic)$|^font-weight:\s*(bold)$|^text-decoration:\s*(underline)$/;

/** Turns one token's style into class names; throws on a style outside the closed set. */
export function tokenClasses(style: string): string[] {
  const classes: string[] = [];
  for (const part of style.split(';').map((p) => p.trim()).filter(Boolean)) {
    const color = COLOR.exec(part);
    if (color) {
      const kind = color[1]!;
      if (kind === 'foreground') continue;
      if (!(TOKEN_KINDS as readonly string[]).includes(kind)) throw new Error(`markdown code: no class for the colour variable in "${part}"`);
      classes.push(`t-${kind}`);
      continue;
    }
    const font = FONT.exec(part);
    if (font) {
      classes.push(font[1] ? 't-i' : font[2] ? 't-b' : 't-u');
      continue;
    }
    throw new Error(`markdown code: shiki wrote a style the site cannot express as a class: "${part}"`);
  }
  return classes;
}

/** Replaces shiki's inline styles with the classes above; the <pre> keeps only "shiki". */
export const styleToTokenClasses: ShikiTransformer = {
  name: 'port-atlas:token-classes',
  pre(node) {
    delete node.properties['style'];
    node.properties['class'] = 'shiki';
  },
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    delete node.properties['style'];
    const classes = tokenClasses(style);
    if (classes.length) node.properties['class'] = classes.join(' ');
  },
};
