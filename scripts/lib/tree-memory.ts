import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * The resident memory of this process and all its descendants, summed: what a build made of
 * several processes at once holds at a moment (Linux /proc; undefined elsewhere). Each process
 * counts its proportional set size (PSS): pages the processes share, such as the Node binary the
 * build and its helpers all map, are counted once in the sum instead of once per process as RSS would.
 */
export function treeMemoryKb(): number | undefined {
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
      rssOf.set(Number(name), residentKb(name));
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

/** A process's PSS, or its RSS where smaps_rollup is not readable (older kernels). */
function residentKb(pid: string): number {
  try {
    const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (pss) return Number(pss[1]);
  } catch {
    // Fall through to RSS.
  }
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** Samples treeMemoryKb() every `ms` until stopped; `stop()` returns the highest sum seen, in MB. */
export function sampleTreeMemory(ms = 250): { stop: () => number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const kb = treeMemoryKb();
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
