import type { PortIndex } from '../model/port-index.ts';
import { recommendedSpans } from '../lib/port-choice/finder.ts';
import { ENGINE_LISTS, EPHEMERAL_RANGES, FETCH_BAD_PORTS, FETCH_STANDARD } from '../lib/port-choice/sources.ts';
import { portClassOf } from './port-choice.ts';

/** What /pick-a-port/ shows without JavaScript: the rules' sources and good spans per thousand ports. */
export function pickAPortData(index: PortIndex) {
  return {
    spans: recommendedSpans((p) => portClassOf(index, p)),
    ephemeral: EPHEMERAL_RANGES,
    badPorts: { count: FETCH_BAD_PORTS.length, standard: FETCH_STANDARD, engines: ENGINE_LISTS },
  };
}
