export { findFreePort } from './free-port.js';
export { type FetchFunction, importLifecycle } from './lifecycle.js';
export { type PrismServer, type StartPrismOptions, startPrism } from './prism.js';
