import { canonicalUrl } from './canonical-url.ts';

/**
 * <copy-button>: copies its `data-copy` text, or else the text of the <pre> beside it (a command
 * block), and says so: the label (a [data-label] child, or the button) turns to "Copied", and the
 * status (the enclosing [data-copy-group]'s [role=status], or its own) says what was copied.
 * global.css keeps it invisible until defined, and hides it without JavaScript.
 *
 * A section heading's button ([data-section], src/render/section-heading.ts) comes bare: it copies
 * the canonical address with the heading's #id, and gets its status and the words that tell screen
 * readers which section it links to here, where they are needed.
 */
/**
 * A <copy-button> made by a script (the commands' and the page's buttons only work with one): its
 * button says `label`; `data` is what it copies and how its status names it, else the <pre> beside it.
 * Connect it after its group's status exists: it finds the status when connected.
 */
export function createCopyButton(label: string, data?: { copy: string; what: string }): HTMLElement {
  const host = document.createElement('copy-button');
  if (data) Object.assign(host.dataset, data);
  host.append(Object.assign(document.createElement('button'), { type: 'button', textContent: label }));
  return host;
}

function fillSectionButton(host: HTMLElement): HTMLButtonElement {
  const heading = host.parentElement!.querySelector('h2, h3')!;
  const name = heading.textContent!.trim();
  host.dataset.copy = `${canonicalUrl()}#${heading.id}`;
  host.dataset.what = `link to “${name}”`;
  const span = (text: string, className = '') => Object.assign(document.createElement('span'), { textContent: text, className });
  const label = span('Copy link');
  label.dataset.label = '';
  const button = Object.assign(document.createElement('button'), { type: 'button' });
  button.append(label, span(` to section “${name}”`, 'sr-only'));
  const status = span('', 'sr-only');
  status.role = 'status';
  host.append(button, status);
  return button;
}
class CopyButton extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    // Without a clipboard (an insecure context) it could do nothing: take it away.
    if (!navigator.clipboard) {
      this.hidden = true;
      return;
    }
    const button = this.hasAttribute('data-section') && !this.dataset.copy ? fillSectionButton(this) : this.querySelector('button')!;
    const label = this.querySelector<HTMLElement>('[data-label]') ?? button;
    const idle = label.textContent;
    const status =
      this.closest('[data-copy-group]')?.querySelector<HTMLElement>('[role=status]') ??
      this.querySelector<HTMLElement>('[role=status]')!;
    button.addEventListener('click', async () => {
      const text = this.dataset.copy ?? this.parentElement?.querySelector('pre')?.textContent ?? '';
      const what = this.dataset.what;
      try {
        await navigator.clipboard.writeText(text);
        label.textContent = 'Copied';
        status.textContent = what ? `Copied ${what}: ${text}` : 'Copied';
      } catch {
        label.textContent = status.textContent = 'Copy failed';
      }
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        label.textContent = idle;
        status.textContent = '';
      }, 4000);
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
