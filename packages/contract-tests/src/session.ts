import {
  type ClientCredentials,
  createInventoriesClient,
  type InventoriesClient,
} from '@ep-inventories/client';
import { inject, onTestFinished, TestRunner } from 'vitest';
import { expectHonoured } from './checks.js';
import { createRecorder, type Exchange } from './recorder.js';
import { liveSettings, type Target } from './target.js';

/** A client for one test, with every exchange it makes on record. */
export interface ContractSession {
  readonly client: InventoriesClient;
  readonly exchanges: readonly Exchange[];
  /** Sends `Prefer: <value>` on this operation's requests: the mock answers accordingly. */
  prefer(operationId: string, value: string): void;
  /** Runs after the test, latest first, whether it passed or not. */
  cleanup(task: () => Promise<unknown>): void;
}

// The mock accepts any credentials and answers with its token example.
const mockCredentials: ClientCredentials = { clientId: 'contract-tests', clientSecret: 'mock' };

function credentialsFor(target: Target): ClientCredentials {
  if (target.mode === 'mock') return mockCredentials;
  const live = liveSettings();
  if (!live) throw new Error('live mode needs EP_CLIENT_ID and EP_CLIENT_SECRET in every worker');
  return { clientId: live.clientId, clientSecret: live.clientSecret };
}

const exchangesByTest = new WeakMap<object, readonly Exchange[]>();

/** The exchanges of the session a test started, if it started one. */
export function exchangesOf(test: object): readonly Exchange[] | undefined {
  return exchangesByTest.get(test);
}

async function runAll(tasks: Array<() => Promise<unknown>>): Promise<void> {
  const failures: unknown[] = [];
  for (const task of tasks) await task().catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw new AggregateError(failures, 'cleaning up after the test failed');
}

/**
 * Starts a session for the running test. Its client obtains a token with client credentials,
 * so every session also exercises CreateAccessToken. When the test ends, the cleanups run and
 * every exchange, theirs included, is checked against the document.
 */
export function contractSession(): ContractSession {
  const target = inject('target');
  const recorder = createRecorder();
  const client = createInventoriesClient({
    baseUrl: target.baseUrl,
    credentials: credentialsFor(target),
    fetch: recorder.fetch,
    // One call, one exchange: what the test sees is exactly what was sent.
    maxRetries: 0,
  });

  const test = TestRunner.getCurrentTest();
  if (test) exchangesByTest.set(test, recorder.exchanges);

  const tasks: Array<() => Promise<unknown>> = [];
  onTestFinished(async () => {
    await runAll(tasks.reverse());
    expectHonoured(recorder.exchanges);
  });

  return {
    client,
    exchanges: recorder.exchanges,
    prefer: recorder.prefer,
    cleanup: (task) => void tasks.push(task),
  };
}
