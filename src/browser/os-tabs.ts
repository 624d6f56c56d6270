// <os-tabs>: the check commands' operating systems as tabs (src/render/check-commands.ts writes the markup).
import { createCopyButton } from './copy-button.ts';
import { preferredOs } from './preferred-os.ts';

/**
 * Turns the stacked OS sections into tabs; without JavaScript all sections stay visible.
 * CSS (global.css) already shows the first tab's layout before this runs, so nothing jumps.
 */
class OsTabs extends HTMLElement {
  connectedCallback() {
    // The one status the commands' copy buttons announce through ([data-copy-group]); it must
    // exist before they connect.
    this.append(Object.assign(document.createElement('p'), { role: 'status', className: 'sr-only' }));
    // Each command's copy button, and focus for its <pre> so that a keyboard can scroll a long
    // command (Chrome and Firefox do that themselves, Safari not): written here, not into 65,536 pages.
    for (const title of this.querySelectorAll('.cmd > h4')) title.after(createCopyButton('Copy'));
    for (const pre of this.querySelectorAll('pre')) pre.tabIndex = 0;
    const tablist = this.querySelector<HTMLElement>('[role=tablist]')!;
    const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[data-os]')];
    const panels = [...this.querySelectorAll<HTMLElement>('[data-panel]')];
    const select = (os: string, focus = false) => {
      for (const tab of tabs) {
        const on = tab.dataset.os === os;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        if (on && focus) tab.focus();
      }
      for (const panel of panels) panel.hidden = panel.dataset.panel !== os;
    };
    // Roles and ids come from here, not the HTML: without this script there are no tabs.
    for (const tab of tabs) {
      tab.role = 'tab';
      tab.id = `tab-${tab.dataset.os}`;
      tab.setAttribute('aria-controls', `panel-${tab.dataset.os}`);
    }
    for (const panel of panels) {
      panel.role = 'tabpanel';
      panel.id = `panel-${panel.dataset.panel}`;
      panel.setAttribute('aria-labelledby', `tab-${panel.dataset.panel}`);
    }
    let stored: string | null = null;
    try {
      stored = localStorage.getItem('os');
    } catch {
      // Storage blocked: fall back to the detected system.
    }
    select(tabs.some((t) => t.dataset.os === stored) ? stored! : preferredOs());
    tablist.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLButtonElement>('[role=tab]');
      if (!tab) return;
      select(tab.dataset.os!);
      try {
        localStorage.setItem('os', tab.dataset.os!);
      } catch {
        // Not remembered when storage is blocked.
      }
    });
    tablist.addEventListener('keydown', (event) => {
      const i = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
      const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(tabs[(next + tabs.length) % tabs.length]!.dataset.os!, true);
    });
  }
}
customElements.define('os-tabs', OsTabs);
