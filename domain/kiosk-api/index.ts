export * from './views.js';
export * from './contract.js';
export * from './wire.js';
