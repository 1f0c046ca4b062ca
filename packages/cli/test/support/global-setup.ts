import { startPrism } from '@ep-inventories/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

/** One mock for every test that points the CLI at a running API. */
export default async function setup(project: TestProject) {
  const mock = await startPrism();
  project.provide('mockUrl', mock.url);
  return () => mock.stop();
}
