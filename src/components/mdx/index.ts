/** Components that MDX articles may use without importing them. */
export { default as CheckCommands } from '../CheckCommands.astro';
export { default as FirewallCommands } from '../FirewallCommands.astro';
export { default as RangeExplainer } from '../RangeExplainer.astro';

/** Elements MDX renders through our components: headings get their anchor and "Copy link" at build time. */
export { default as h2 } from './ArticleHeading.astro';
export { default as h3 } from './ArticleSubheading.astro';
