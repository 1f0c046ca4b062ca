import { AuthenticationError } from '@ep-inventories/client';
import { expect, test } from 'vitest';
import { expectContract } from '../src/checks.js';
import { describeOperation } from '../src/contract.js';
import { type ErrorPath, expectErrorPath } from '../src/error-paths.js';
import { firstPage } from '../src/pages.js';
import { type ContractSession, contractSession } from '../src/session.js';

// Any call needs a token first; one location is the smallest read there is.
const readSomething = (session: ContractSession) =>
  firstPage(session.client.locations.list({ limit: 1 }));

describeOperation('CreateAccessToken', () => {
  test('the client obtains one token before its first call and reuses it', async () => {
    const session = contractSession();
    await readSomething(session);
    await readSomething(session);

    expectContract(session.exchanges, 'CreateAccessToken', 200);
    const sent = session.exchanges.map((exchange) => exchange.operationId);
    expect(sent).toEqual(['CreateAccessToken', 'ListLocations', 'ListLocations']);
  });

  // The client reports both as an AuthenticationError that keeps the service's status.
  test.for<ErrorPath>([
    {
      title: 'a token request the service refuses',
      given: 'code=400',
      want: { status: 400, error: AuthenticationError },
    },
    {
      title: 'credentials the service does not know',
      given: 'code=401',
      want: { status: 401, error: AuthenticationError },
    },
  ])('answers $want.status for $title', { tags: ['mock-only'] }, async (path) => {
    const session = contractSession();

    await expectErrorPath(session, 'CreateAccessToken', path, () => readSomething(session));
    expect(session.exchanges.map((exchange) => exchange.operationId)).toEqual([
      'CreateAccessToken',
    ]);
  });
});
