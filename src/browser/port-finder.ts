/**
 * <port-finder>: the form of /pick-a-port/. Loads the rules and every port's class only once the
 * box is focused or the form sent (or the page was opened with ?near=), then lists free ports.
 */
class PortFinder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    let run: Promise<(text: string) => void> | undefined;
    const start = () => (run ??= import('./port-finder-run.ts').then((m) => m.startFinder({ status, list, copyTemplate: this.querySelector('copy-button')! })));
    const find = async () => (await start())(input.value);
    input.addEventListener('focus', () => void start(), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.replaceState(null, '', `?near=${encodeURIComponent(input.value.trim())}`);
      void find();
    });
    const asked = new URLSearchParams(location.search).get('near');
    if (asked) {
      input.value = asked;
      void find();
    }
  }
}

if (!customElements.get('port-finder')) customElements.define('port-finder', PortFinder);
