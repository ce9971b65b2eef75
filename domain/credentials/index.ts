export * from './credential-key.js';
export * from './em4100-numbers.js';
