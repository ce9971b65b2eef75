export * from './credential.js';
export * from './device-config.js';
export * from './device-events.js';
export * from './service-messages.js';
