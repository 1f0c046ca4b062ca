import { startPrism } from '@ep-inventories/mock';
import type { TestProject } from 'vitest/node';
import { liveSettings } from './target.js';

declare module 'vitest' {
  export interface ProvidedContext {
    target: import('./target.js').Target;
  }
}

/** Starts Prism once for the whole suite: a mock, or a checking proxy in front of a live store. */
export default async function setup(project: TestProject) {
  const live = liveSettings();
  const server = await startPrism(live ? { upstream: live.upstream } : {});
  project.provide('target', { mode: live ? 'live' : 'mock', baseUrl: server.url });

  return async () => {
    await server.stop();
  };
}
