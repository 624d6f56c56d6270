/** Components that MDX articles may use without importing them. */
export { default as CheckCommands } from '../CheckCommands.astro';
export { default as RangeExplainer } from '../RangeExplainer.astro';
