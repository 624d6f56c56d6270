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

  it('uses classes, never inline styles', async () => {
    const [linux] = await highlightCheckCommands(626, ['udp']);
    expect(linux!.blocks[0]!.html).not.toContain('style=');
    expect(linux!.blocks[0]!.html).toContain('626');
    expect(await commandHighlightCss()).toMatch(/--shiki-dark:/);
  });

  it('gives <pre> the classes the stylesheets select: shiki and its colour class, nothing else', async () => {
    const [linux] = await highlightCheckCommands(22, ['tcp']);
    const pre = /<pre class="([^"]*)"/.exec(linux!.blocks[0]!.html)?.[1];
    expect(pre?.split(' ')).toEqual(['shiki', expect.stringMatching(/^sk-[a-z0-9]+$/)]);
    const colour = pre!.split(' ')[1]!;
    expect(await commandHighlightCss()).toContain(`.${colour}{`);
  });
});
