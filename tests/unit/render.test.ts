import { describe, expect, it } from 'vitest';
import { checkCommandsSection, checkCommandsSectionDirect } from '../../src/render/check-commands';
import { escapeHtml, html, raw } from '../../src/render/html';

describe('html', () => {
  it('escapes every interpolated text, in elements and attributes, and nothing else', () => {
    const hostile = `<script>alert("x")</script> & 'q'`;
    expect(html`<p title="${hostile}">${hostile}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>',
    );
    expect(escapeHtml('plain text')).toBe('plain text');
  });

  it('writes nested markup and raw markup as is, joins lists and skips null, undefined and booleans', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${true}${0}${raw('<br>')}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0<br>');
  });
});

describe('checkCommandsSection', () => {
  it.each([
    [0, []],
    [22, ['tcp']],
    [53, ['tcp', 'udp']],
    [626, ['udp']],
    [48217, []],
    [65535, ['tcp']],
  ] as const)('gives port %i (%j) the same bytes from its template as written directly', async (port, transports) => {
    const templated = await checkCommandsSection(port, transports);
    const direct = await checkCommandsSectionDirect(port, transports, false);
    expect(templated.value).toBe(direct.value);
    expect(templated.value).toContain(`What is listening on port ${port}?`);
  });
});
