import type { Transaction, TransactionAction } from '@ep-inventories/client';
import { expect, test } from 'vitest';
import { bodyData, expectContract } from '../src/checks.js';
import { describeOperation } from '../src/contract.js';
import { badRequest, expectErrorPath, insufficientStock, notFound } from '../src/error-paths.js';
import { ownStock } from '../src/own-resources.js';
import { firstPage } from '../src/pages.js';
import { ids } from '../src/samples.js';
import { type ContractSession, contractSession } from '../src/session.js';

const mockOnly = { tags: ['mock-only'] };
const increment = { action: 'increment', quantity: 1, location: 'dublin-warehouse' } as const;

async function ownTransaction(session: ContractSession) {
  const { stock, slug } = await ownStock(session);
  const move = { action: 'increment' as const, quantity: 1, location: slug };
  const transaction = await session.client.transactions.create(stock.id, move);
  return { stock, transaction };
}

describeOperation('CreateTransaction', () => {
  // Each move leaves enough stock for the next, so the table also holds on a live store.
  test.for<{ title: string; given: TransactionAction[] }>([
    { title: 'adds units', given: ['increment'] },
    { title: 'removes units', given: ['decrement'] },
    { title: 'promises units to an order', given: ['allocate'] },
    { title: 'releases promised units', given: ['allocate', 'deallocate'] },
    { title: 'replaces the available units', given: ['set'] },
  ])('$title', async ({ given }) => {
    const session = contractSession();
    const { stock, slug } = await ownStock(session, 10);
    const record = (action: TransactionAction) =>
      session.client.transactions.create(stock.id, { action, quantity: 2, location: slug });

    let transaction: Transaction | undefined;
    for (const action of given) transaction = await record(action);

    const exchange = expectContract(session.exchanges, 'CreateTransaction', 201);
    expect(transaction).toEqual(bodyData(exchange));
  });

  test.for([badRequest, notFound, insufficientStock])(
    'answers $want.status for $title',
    mockOnly,
    async (path) => {
      const session = contractSession();
      const create = () => session.client.transactions.create(ids.product, increment);
      await expectErrorPath(session, 'CreateTransaction', path, create);
    },
  );
});

describeOperation('ListTransactions', () => {
  test('lists the transactions of stock of its own', async () => {
    const session = contractSession();
    const { stock } = await ownTransaction(session);
    const page = await firstPage(session.client.transactions.list(stock.id));

    const exchange = expectContract(session.exchanges, 'ListTransactions', 200);
    expect(page.items).toEqual(bodyData(exchange));
  });

  test.for([badRequest, notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const list = () => firstPage(session.client.transactions.list(ids.product));
    await expectErrorPath(session, 'ListTransactions', path, list);
  });
});

describeOperation('GetTransaction', () => {
  test('reads back a transaction it recorded', async () => {
    const session = contractSession();
    const { stock, transaction } = await ownTransaction(session);
    const read = await session.client.transactions.get(stock.id, transaction.id);

    const exchange = expectContract(session.exchanges, 'GetTransaction', 200);
    expect(read).toEqual(bodyData(exchange));
    expect(read.id).toBe(transaction.id);
  });

  test.for([notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const read = () => session.client.transactions.get(ids.product, ids.transaction);
    await expectErrorPath(session, 'GetTransaction', path, read);
  });
});
