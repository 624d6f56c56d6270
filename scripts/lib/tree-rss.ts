import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * The resident memory of this process and all its descendants, summed: what a build made of
 * several processes at once holds at a moment (Linux /proc; undefined elsewhere).
 */
export function treeRssKb(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const parentOf = new Map<number, number>();
  const rssOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command (which may hold spaces) start after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(fields[1]));
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      rssOf.set(Number(name), Number(rss?.[1] ?? 0));
    } catch {
      // The process ended while being read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parentOf.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, kb] of rssOf) if (inTree(pid)) total += kb;
  return total;
}

/** Samples treeRssKb() every `ms` until stopped; `stop()` returns the highest sum seen, in MB. */
export function sampleTreeRss(ms = 250): { stop: () => number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const kb = treeRssKb();
    if (kb !== undefined) peak = Math.max(peak ?? 0, kb);
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak === undefined ? undefined : peak / 1024;
    },
  };
}
