import { softwareSchema } from '../../src/schemas/software';

/** A registry source as the IANA CSV edition names itself. */
export const registrySource = { id: 'iana-csv', label: 'IANA registry file (CSV), updated 2025-03-28', version: '2025-03-28', updated: '2025-03-28' };

/** One product with one primary, sourced port fact: Grafana's web UI on 3000. */
export const grafana = softwareSchema.parse({
  slug: 'grafana',
  name: 'Grafana',
  vendor: 'Grafana Labs',
  homepage: 'https://grafana.com/',
  category: 'monitoring',
  status: 'current',
  description: 'Dashboards.',
  ports: [
    {
      port: 3000,
      transport: 'tcp',
      purpose: 'Web UI',
      default: true,
      implements: 'http',
      tier: 'primary',
      basis: { kind: 'editorial', reason: 'The default port of the most used dashboard tool.' },
      source: 'https://grafana.com/docs/',
      sourceKind: 'vendor',
    },
  ],
});
