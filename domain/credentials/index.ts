export * from './credential-key.js';
export * from './em4100-numbers.js';
export * from './staff-pin.js';
export * from './pin-attempts.js';
