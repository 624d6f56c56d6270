import type { PortIndex } from '../model/port-index.ts';
import { isRetired } from '../lib/ports/software-ranking.ts';
import { PORT_COUNT } from '../lib/ports/port-range.ts';
import { encodeClassRuns } from '../lib/port-choice/class-runs.ts';
import { classCode, portChoice, type PortClass, type PortFacts } from '../lib/port-choice/verdict.ts';
import { serviceNamesOf } from '../lib/ports/port-summary.ts';
import type { PortChoice } from '../schemas/port-choice.ts';

/** The current products that use the port (not malware, not historic, not a wide pool), leading ones first. */
function currentProducts(index: PortIndex, port: number): { names: string[]; leading: boolean } {
  const leading = index.leadingProductsOf(port).map((p) => p.name);
  const others = index
    .namingSoftwareOf(port)
    .filter((u) => !isRetired(u.software))
    .map((u) => u.software.shortName ?? u.software.name);
  return { names: [...new Set([...leading, ...others])], leading: leading.length > 0 };
}

/** What the port-choice rules need to know of a port, from the port index. */
export function portClassOf(index: PortIndex, port: number): PortClass {
  const products = currentProducts(index, port);
  return { status: index.statusOf(port), software: products.leading ? 'leading' : products.names.length > 0 ? 'other' : 'none' };
}

/** Everything the verdict on a port names, from the port index. */
export function portFactsOf(index: PortIndex, port: number): PortFacts {
  const products = currentProducts(index, port);
  return {
    port,
    status: index.statusOf(port),
    software: products.leading ? 'leading' : products.names.length > 0 ? 'other' : 'none',
    services: serviceNamesOf(index.recordsOf(port)),
    products: products.names,
  };
}

/** The verdict on using `port` for a service of one's own, as the port page and the open data show it. */
export function portChoiceOf(index: PortIndex, port: number): PortChoice {
  return portChoice(portFactsOf(index, port), (p) => portClassOf(index, p));
}

/** Every port's class, encoded for the finder's data file (see encodeClassRuns). */
export function portClassRuns(index: PortIndex): string {
  return encodeClassRuns(Array.from({ length: PORT_COUNT }, (_, port) => classCode(portClassOf(index, port))));
}
