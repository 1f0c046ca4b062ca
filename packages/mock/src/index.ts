export { findFreePort } from './free-port.js';
export { type PrismServer, type StartPrismOptions, startPrism } from './prism.js';
