/**
 * The behaviour both search fields share (the header box and the /search/ page): read the query,
 * answer a port number at once, ask the index for the rest, render results, move through them
 * with the keyboard.
 */
import { queryTerms } from '../../lib/search/highlight.ts';
import { parseSearchQuery, type SearchQuery } from '../../lib/search/parse-search-query.ts';
import type { FilterName } from '../../lib/search/search-config.ts';
import { loadPagefind, searchPorts, type PortHit, type PortResults } from './pagefind-client.ts';
import { renderHit, type ShownHit } from './render-hit.ts';

export interface SearchViewOptions {
  input: HTMLInputElement;
  /** Where results go: the listbox of a combobox, or an ordinary list of links. */
  list: HTMLElement;
  /** A live region for counts, hints and errors. */
  status: HTMLElement;
  /**
   * 'combobox': focus stays in the field, arrows move the active option (aria-activedescendant).
   * 'list': results are ordinary links, arrows move focus between them and the field.
   */
  mode: 'combobox' | 'list';
  /** How many results to show at first (and per "more"). */
  pageSize: number;
  filters?: () => Partial<Record<FilterName, string>>;
  /** For a text query, a last option leading to the full results (the header box). */
  allResultsUrl?: (text: string) => string;
  /** Called after every render, e.g. to update the address bar or a "more" button. */
  onRender?: (state: { query: SearchQuery; shown: number; total: number }) => void;
}

/** Where the index is still loading, the status says so only after this long: no flash on fast loads. */
const SLOW_MS = 150;
/** Pages that mention a port number, shown under the port itself in the header's dropdown. */
const PORT_MENTIONS_SHOWN = 2;
/** Typing pauses this long before the index is asked; a port number is answered without waiting. */
const DEBOUNCE_MS = 90;

const ALL_PORTS = '/ports/';

export class SearchView {
  private readonly o: SearchViewOptions;
  private query: SearchQuery = { kind: 'empty' };
  private results: PortResults | null = null;
  private items: ShownHit[] = [];
  private active = -1;
  /** Bumped by every query; an answer for an older one is dropped. */
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: SearchViewOptions) {
    this.o = options;
    options.input.addEventListener('input', () => this.update());
    options.input.addEventListener('keydown', (event) => this.onFieldKey(event));
    if (options.mode === 'list') options.list.addEventListener('keydown', (event) => this.onListKey(event));
  }

  /** The query as last read from the field. */
  get current(): SearchQuery {
    return this.query;
  }

  /** The result links, in order. */
  links(): HTMLAnchorElement[] {
    return [...this.o.list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  }

  /** Reads the field and shows what it can at once; asks the index after a short pause. */
  update(): void {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    this.query = parseSearchQuery(this.o.input.value);
    this.results = null;
    const q = this.query;
    if (q.kind === 'empty' || q.kind === 'not-a-port') {
      this.show([], q.kind === 'empty' ? '' : q.message);
      return;
    }
    if (q.kind === 'port') this.show([directHit(q)], portStatus(q));
    this.timer = setTimeout(() => void this.ask(seq), DEBOUNCE_MS);
  }

  /** Loads the next page of results for a text query below the ones shown. */
  async more(): Promise<void> {
    const { results, seq } = this;
    if (!results || this.query.kind !== 'text') return;
    const next = await results.load(this.items.length, this.o.pageSize);
    if (seq !== this.seq) return;
    this.items.push(...next.map(shownHit));
    this.render();
    this.o.onRender?.({ query: this.query, shown: this.items.length, total: results.total });
  }

  private async ask(seq: number): Promise<void> {
    const q = this.query;
    if (q.kind !== 'port' && q.kind !== 'text') return;
    const slow = setTimeout(() => seq === this.seq && q.kind === 'text' && this.setStatus('Searching…'), SLOW_MS);
    try {
      const text = q.kind === 'port' ? String(q.port) : q.text;
      const results = await searchPorts(text, { exact: q.kind === 'port', filters: this.o.filters?.() });
      // For a number the port itself is the answer; the dropdown adds only a few pages that mention
      // it (each result costs a fragment download), the search page all.
      const compact = q.kind === 'port' && this.o.mode === 'combobox';
      const shown = compact ? PORT_MENTIONS_SHOWN + 1 : this.o.pageSize;
      // The port's own page ranks first for its number, so the dropdown loads no spare result.
      const hits = await results.load(0, compact ? shown : shown + 1);
      if (seq !== this.seq) return;
      this.results = results;
      if (q.kind === 'port') {
        // The port's own page is the direct answer above; fill it in with what the index knows.
        const own = hits.find((h) => h.port === q.port);
        const others = hits.filter((h) => h !== own).slice(0, shown - 1);
        const mentions = results.total - (own ? 1 : 0);
        this.show([own ? shownHit(own) : directHit(q), ...others.map(shownHit)], portStatus(q, mentions));
      } else {
        this.show(hits.slice(0, this.o.pageSize).map(shownHit), textStatus(q.text, results.total));
      }
    } catch {
      if (seq !== this.seq) return;
      this.setStatus(
        q.kind === 'port' ? portStatus(q) : 'Search could not load. Port numbers still work: type one and press Enter.',
      );
    } finally {
      clearTimeout(slow);
    }
  }

  private show(items: ShownHit[], status: string): void {
    this.items = items;
    this.active = this.o.mode === 'combobox' && items.length > 0 ? 0 : -1;
    this.render();
    this.setStatus(status);
    this.o.onRender?.({ query: this.query, shown: items.length, total: this.results?.total ?? items.length });
  }

  private setStatus(text: string): void {
    const { status } = this.o;
    status.textContent = text;
    const q = this.query;
    if (q.kind === 'text' && this.results?.total === 0) {
      // The empty state offers a way on.
      const link = Object.assign(document.createElement('a'), { href: ALL_PORTS, textContent: 'browse all ports' });
      link.className = 'underline'; // A link inside a sentence must not rely on colour alone.
      status.append(' Or ', link, '.');
    }
  }

  private render(): void {
    const { list, mode, input } = this.o;
    const terms =
      this.query.kind === 'port'
        ? [String(this.query.port)]
        : this.query.kind === 'text'
          ? queryTerms(this.query.text)
          : [];
    const rows = this.items.map((item) => renderHit(item, terms));
    const q = this.query;
    if (this.o.allResultsUrl && q.kind === 'text' && (this.results?.total ?? 0) > 0) {
      const all = document.createElement('a');
      all.href = this.o.allResultsUrl(q.text);
      all.className = 'search-hit search-all';
      all.textContent = `All ${this.results!.total} results for “${q.text}”`;
      rows.push(all);
    }
    // In the listbox each link is itself an option (ARIA allows role=option on a link), so no
    // interactive element sits inside another and a result still opens in a new tab on middle-click.
    list.replaceChildren(
      ...rows.map((link, i) => {
        if (mode === 'list') {
          const item = document.createElement('li');
          item.append(link);
          return item;
        }
        link.id = `${list.id}-${i}`;
        link.setAttribute('role', 'option');
        link.setAttribute('aria-selected', String(i === this.active));
        link.tabIndex = -1;
        return link;
      }),
    );
    if (mode === 'combobox') {
      if (this.active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${this.active}`);
      else input.removeAttribute('aria-activedescendant');
    }
  }

  private setActive(index: number): void {
    const options = [...this.o.list.querySelectorAll<HTMLElement>('[role="option"]')];
    if (options.length === 0) return;
    this.active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const chosen = options[this.active]!;
    this.o.input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  }

  private onFieldKey(event: KeyboardEvent): void {
    const { mode } = this.o;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const down = event.key === 'ArrowDown';
      if (mode === 'combobox') this.setActive(this.active + (down ? 1 : -1));
      else if (down) this.links()[0]?.focus();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const link = mode === 'combobox' ? this.links()[this.active] : undefined;
      const q = this.query;
      if (link) location.assign(link.href);
      else if (q.kind === 'port') location.assign(directHit(q).url);
      else return; // The form submits: to the results page from the header, to itself on /search/.
      event.preventDefault();
    }
  }

  private onListKey(event: KeyboardEvent): void {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (event.key === 'ArrowUp') (at === 0 ? this.o.input : links[at - 1]!).focus();
    else if (event.key === 'Escape') this.o.input.focus();
    else return;
    event.preventDefault();
  }
}

/** Starts loading the index (on focus), so that the first query does not wait for it. */
export function warmUp(): void {
  loadPagefind().catch(() => {
    // Reported when a query needs the index; port numbers work without it.
  });
}

function directHit(q: Extract<SearchQuery, { kind: 'port' }>): ShownHit {
  const label = q.transport ? `${q.port}/${q.transport}` : String(q.port);
  return {
    url: `/ports/${q.port}/`,
    port: q.port,
    heading: `Port ${label}`,
    summary: `Open the page for port ${label}.`,
    excerpt: '',
  };
}

function shownHit(hit: PortHit): ShownHit {
  return {
    url: hit.url,
    port: hit.port,
    // The names as the page's title gives them (protocol, leading products), not every name the port is searched by.
    heading: hit.title.replace(/^Port \d+: /, '') || hit.names,
    summary: hit.summary,
    excerpt: hit.excerpt,
  };
}

function portStatus(q: Extract<SearchQuery, { kind: 'port' }>, mentions = 0): string {
  const also =
    mentions > 0 ? ` ${mentions} other ${mentions === 1 ? 'page mentions' : 'pages mention'} ${q.port}.` : '';
  return `Port ${q.port}: press Enter to open its page.${also}`;
}

function textStatus(text: string, total: number): string {
  if (total === 0) return `No port matches “${text}”. Try a service name such as ssh, a product, or a port number.`;
  return `${total} ${total === 1 ? 'port matches' : 'ports match'} “${text}”.`;
}
