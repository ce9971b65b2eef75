export * from './credential.js';
export * from './device-config.js';
export * from './device-events.js';
