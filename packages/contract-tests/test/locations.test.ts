import type { LocationListOptions } from '@ep-inventories/client';
import { expect, test } from 'vitest';
import { bodyData, expectContract } from '../src/checks.js';
import { describeOperation } from '../src/contract.js';
import { badRequest, expectErrorPath, notFound } from '../src/error-paths.js';
import { ownLocation } from '../src/own-resources.js';
import { firstPage } from '../src/pages.js';
import { ids } from '../src/samples.js';
import { contractSession } from '../src/session.js';

const mockOnly = { tags: ['mock-only'] };
const warehouse = { name: 'Dublin warehouse', slug: 'dublin-warehouse' };

describeOperation('ListLocations', () => {
  test.for<{ title: string; given: LocationListOptions }>([
    { title: 'one page', given: { limit: 10 } },
    { title: 'nearest first from a point', given: { near: { lat: 53.3498, lon: -6.2603 } } },
    { title: 'nearest first from whole degrees', given: { near: { lat: -34, lon: 151 } } },
  ])('returns $title as the service sent it', async ({ given }) => {
    const session = contractSession();
    const page = await firstPage(session.client.locations.list(given));

    const exchange = expectContract(session.exchanges, 'ListLocations', 200);
    expect(page.items).toEqual(bodyData(exchange));
  });

  test.for([badRequest])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const list = () => firstPage(session.client.locations.list());
    await expectErrorPath(session, 'ListLocations', path, list);
  });
});

describeOperation('CreateLocation', () => {
  test('creates a location with a unique slug', async () => {
    const session = contractSession();
    const location = await ownLocation(session);

    const exchange = expectContract(session.exchanges, 'CreateLocation', 201);
    expect(location).toEqual(bodyData(exchange));
  });

  test.for([badRequest])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const create = () => session.client.locations.create(warehouse);
    await expectErrorPath(session, 'CreateLocation', path, create);
  });
});

describeOperation('GetLocation', () => {
  test('reads a location of its own', async () => {
    const session = contractSession();
    const location = await ownLocation(session);
    const read = await session.client.locations.get(location.id);

    const exchange = expectContract(session.exchanges, 'GetLocation', 200);
    expect(read).toEqual(bodyData(exchange));
    expect(read.id).toBe(location.id);
  });

  test.for([notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const read = () => session.client.locations.get(ids.location);
    await expectErrorPath(session, 'GetLocation', path, read);
  });
});

describeOperation('UpdateLocation', () => {
  test.for([
    { title: 'renames a location', given: { name: 'Contract test, renamed' } },
    {
      title: 'places a location on the map',
      given: { address: ['Unit 4', 'Dublin 12'], geolocation: { lat: 53.3239, lon: -6.3359 } },
    },
  ])('$title', async ({ given }) => {
    const session = contractSession();
    const location = await ownLocation(session);
    const updated = await session.client.locations.update(location.id, given);

    const exchange = expectContract(session.exchanges, 'UpdateLocation', 200);
    expect(updated).toEqual(bodyData(exchange));
  });

  test.for([badRequest, notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const update = () => session.client.locations.update(ids.location, { name: 'Renamed' });
    await expectErrorPath(session, 'UpdateLocation', path, update);
  });
});

describeOperation('DeleteLocation', () => {
  test('deletes a location of its own', async () => {
    const session = contractSession();
    const location = await ownLocation(session);
    await session.client.locations.delete(location.id);

    expectContract(session.exchanges, 'DeleteLocation', 204);
  });

  test.for([notFound])('answers $want.status for $title', mockOnly, async (path) => {
    const session = contractSession();
    const remove = () => session.client.locations.delete(ids.location);
    await expectErrorPath(session, 'DeleteLocation', path, remove);
  });
});
