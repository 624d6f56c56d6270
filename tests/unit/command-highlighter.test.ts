import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeThemeCssFile } from '../../src/lib/highlight/code-theme-css';
import { checkCommandsFor, type CheckTransport } from '../../src/lib/commands/check-commands';
import { commandHighlightCss, highlightCheckCommands, highlightDirectly } from '../../src/lib/highlight/command-highlighter';

describe('highlightCheckCommands', () => {
  const samples = [0, 1, 7, 22, 80, 443, 626, 1023, 1024, 2646, 8080, 12345, 48217, 49151, 49152, 60999, 65535];
  const transportSets: CheckTransport[][] = [['tcp'], ['udp'], ['tcp', 'udp'], []];

  it('gives the same bytes as highlighting each port directly', async () => {
    for (const transports of transportSets) {
      for (const port of samples) {
        const fromTemplates = await highlightCheckCommands(port, transports);
        const direct = checkCommandsFor(port, transports);
        for (const [i, os] of direct.entries()) {
          for (const [j, block] of os.blocks.entries()) {
            expect(fromTemplates[i]!.blocks[j]!.html, `${port} ${os.os} ${block.id}`).toBe(await highlightDirectly(block.code, block.lang));
          }
        }
      }
    }
  });

  it('matches the committed src/styles/code-theme.css (run `npm run generate:code-css` if not)', async () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../src/styles/code-theme.css'), 'utf8');
    expect(committed).toBe(await codeThemeCssFile());
  });

  it('writes bare elements, no inline styles, classes or line wrappers', async () => {
    const [linux] = await highlightCheckCommands(626, ['udp']);
    const html = linux!.blocks[0]!.html;
    expect(html).toBe("<b>sudo</b> <i>ss</i> <u>-lunp</u> <i>'sport = :626'</i>");
    for (const os of await highlightCheckCommands(626, [])) {
      for (const block of os.blocks) {
        expect(block.html).not.toMatch(/<span|style=|class=|<pre|<code/);
      }
    }
  });

  it('gives every element it writes a colour in both themes, and the text its foreground', async () => {
    const css = await commandHighlightCss('os-tabs code');
    expect(css).toMatch(/^os-tabs code\{color:light-dark\(#[0-9a-f]{6},#[0-9a-f]{6}\)\}/);
    const used = new Set<string>();
    for (const transports of [['tcp'], ['udp'], []] as CheckTransport[][]) {
      for (const os of await highlightCheckCommands(80, transports)) {
        for (const block of os.blocks) for (const m of block.html.matchAll(/<([a-z]+)>/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(0);
    for (const element of used) expect(css).toMatch(new RegExp(`os-tabs code ${element}\\{color:light-dark\\(#[0-9a-f]{6},#[0-9a-f]{6}\\)\\}`));
  });

  it('escapes HTML and keeps every command\'s text exactly (what the copy buttons copy)', async () => {
    const unescape = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    for (const transports of [['tcp'], ['udp'], []] as CheckTransport[][]) {
      const highlighted = await highlightCheckCommands(8080, transports);
      for (const [i, os] of checkCommandsFor(8080, transports).entries()) {
        for (const [j, block] of os.blocks.entries()) expect(unescape(highlighted[i]!.blocks[j]!.html)).toBe(block.code);
      }
    }
    const macos = (await highlightCheckCommands(8080, ['tcp'])).find((os) => os.os === 'macos')!;
    expect(macos.blocks.find((b) => b.id === 'tcp-netstat')!.html).toContain('&amp;&amp;');
  });
});
