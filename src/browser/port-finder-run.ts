// The finder's work, loaded on first use: the same rules module the port pages are built with.
import { decodeClassRuns } from '../lib/port-choice/class-runs.ts';
import { parseFinderQuery, suggestPorts } from '../lib/port-choice/finder.ts';
import { classOfCode, explainReason, judgePort } from '../lib/port-choice/verdict.ts';

interface Parts {
  status: HTMLElement;
  list: HTMLOListElement;
  /** A server-rendered <copy-button>, cloned for each result. */
  copyTemplate: Element;
}

/** Fetches the port classes and returns the function that answers one query. */
export async function startFinder({ status, list, copyTemplate }: Parts): Promise<(text: string) => void> {
  status.textContent = 'Loading…';
  const response = await fetch('/pick-a-port/data.json');
  if (!response.ok) {
    status.textContent = `Could not load the port data (HTTP ${response.status}).`;
    return () => undefined;
  }
  const codes = decodeClassRuns(((await response.json()) as { runs: string }).runs);
  const classOf = (port: number) => classOfCode(codes[port]!);
  status.textContent = '';
  return (text) => {
    const parsed = parseFinderQuery(text);
    list.replaceChildren();
    if (!parsed.ok) {
      status.textContent = parsed.message;
      return;
    }
    const found = suggestPorts(parsed.query, classOf);
    // Every good port is good for the same reason: say it once, and per port only what differs.
    const good = found.some((f) => f.verdict === 'good') ? ` Good: ${explainReason('quiet', 0).text}` : '';
    status.textContent = found.length === 0 ? 'No free port there: every one is to avoid.' : `${found.length} ports, best first.${good}`;
    for (const { port, verdict } of found) {
      const item = document.createElement('li');
      item.dataset.port = String(port);
      item.dataset.verdict = verdict;
      const link = document.createElement('a');
      link.href = `/ports/${port}/`;
      link.textContent = String(port);
      const why = verdict === 'good' ? [] : judgePort(port, classOf(port)).codes.map((c) => explainReason(c, port).text);
      const copy = copyTemplate.cloneNode(true) as HTMLElement;
      copy.classList.remove('hidden');
      copy.dataset.copy = String(port);
      copy.dataset.what = `port ${port}`;
      item.append(link, verdict === 'good' ? ' good ' : ` with care: ${why.join(' ')} `, copy);
      list.append(item);
    }
  };
}
