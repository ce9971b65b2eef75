export * from './facts.js';
export * from './reasons.js';
export * from './kit-progress.js';
export * from './kit-name.js';
export * from './due-date.js';
export * from './decide-checkout.js';
export * from './decide-return.js';
