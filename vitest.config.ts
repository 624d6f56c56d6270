/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three layers: unit (pure logic and components, seconds), integration (Astro fixtures,
 * real registry files, the feedback receiver) and site (the built dist/ and a real browser;
 * run after `npm run build`).
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/feedback-receiver/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
