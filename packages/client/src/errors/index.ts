export * from './classes.js';
export { createApiError, type HttpFailure } from './factory.js';
export * from './guards.js';
