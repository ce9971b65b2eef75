export * from './people.js';
export * from './reference.js';
export * from './catalogue.js';
export * from './lending.js';
export * from './access.js';
export * from './journal.js';
export * from './mail.js';
