import { expect, test } from 'vitest';
import { bodyData, expectContract } from '../src/checks.js';
import { describeOperation } from '../src/contract.js';
import { badRequest, expectErrorPath, notFound } from '../src/error-paths.js';
import { ownStock } from '../src/own-resources.js';
import { firstPage } from '../src/pages.js';
import { ids } from '../src/samples.js';
import { contractSession } from '../src/session.js';

const mockOnly = { tags: ['mock-only'] };
const dublin = { 'dublin-warehouse': { available: 10 } };

describeOperation('ListStock', () => {
  test('returns the first page as the service sent it', async () => {
    const session = contractSession();
    const page = await firstPage(session.client.stock.list({ limit: 25 }));

    const exchange = expectContract(session.exchanges, 'ListStock', 200);
    expect(page.items).toEqual(bodyData(exchange));
  });

  test.for([notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    await expectErrorPath(session, 'ListStock', path, () => firstPage(session.client.stock.list()));
  });
});

describeOperation('CreateStock', () => {
  test('creates stock for a new product in a location of its own', async () => {
    const session = contractSession();
    const { stock } = await ownStock(session, 25);

    const exchange = expectContract(session.exchanges, 'CreateStock', 201);
    expect(stock).toEqual(bodyData(exchange));
  });

  test.for([badRequest])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const create = () => session.client.stock.create({ productId: ids.product, locations: dublin });
    await expectErrorPath(session, 'CreateStock', path, create);
  });
});

describeOperation('GetStock', () => {
  test('reads the stock of a product of its own', async () => {
    const session = contractSession();
    const { stock } = await ownStock(session);
    const read = await session.client.stock.get(stock.id);

    const exchange = expectContract(session.exchanges, 'GetStock', 200);
    expect(read).toEqual(bodyData(exchange));
    expect(read.id).toBe(stock.id);
  });

  test.for([notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    await expectErrorPath(session, 'GetStock', path, () => session.client.stock.get(ids.product));
  });
});

describeOperation('GetStockForProducts', () => {
  test('reads the stock of several products in one call', async () => {
    const session = contractSession();
    const { stock } = await ownStock(session);
    const found = await session.client.stock.getMany([stock.id, ids.product]);

    const exchange = expectContract(session.exchanges, 'GetStockForProducts', 200);
    expect(found).toEqual(bodyData(exchange));
    expect(found.map((each) => each.id)).toContain(stock.id);
  });

  test.for([notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const read = () => session.client.stock.getMany([ids.product]);
    await expectErrorPath(session, 'GetStockForProducts', path, read);
  });
});

describeOperation('UpdateStock', () => {
  test.for([
    { title: 'sets the available units of a location', given: { available: 7 } },
    { title: 'removes a location from the product', given: null },
  ])('$title', async ({ given }) => {
    const session = contractSession();
    const { stock, slug } = await ownStock(session);
    const updated = await session.client.stock.update(stock.id, { locations: { [slug]: given } });

    const exchange = expectContract(session.exchanges, 'UpdateStock', 200);
    expect(updated).toEqual(bodyData(exchange));
  });

  test.for([badRequest, notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const update = () => session.client.stock.update(ids.product, { locations: dublin });
    await expectErrorPath(session, 'UpdateStock', path, update);
  });
});

describeOperation('DeleteStock', () => {
  test('deletes the stock of a product of its own', async () => {
    const session = contractSession();
    const { stock } = await ownStock(session);
    await session.client.stock.delete(stock.id);

    expectContract(session.exchanges, 'DeleteStock', 204);
  });

  test.for([badRequest, notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const remove = () => session.client.stock.delete(ids.product);
    await expectErrorPath(session, 'DeleteStock', path, remove);
  });
});
