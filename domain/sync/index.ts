export * from './events.js';
export * from './changes.js';
export * from './enrolment.js';
