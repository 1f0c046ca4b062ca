import { randomUUID } from 'node:crypto';
import { isNotFoundError, type Location, type Stock } from '@ep-inventories/client';
import { assert } from 'vitest';
import type { ContractSession } from './session.js';

// A test may delete what it created; the cleanup then has nothing left to do.
async function removeQuietly(remove: () => Promise<void>): Promise<void> {
  await remove().catch((error: unknown) => {
    if (!isNotFoundError(error)) throw error;
  });
}

/**
 * Creates a location with a unique slug, deleted again when the test ends. Use its returned
 * slug: the mock answers with its example whatever was sent.
 */
export async function ownLocation(session: ContractSession): Promise<Location> {
  const slug = `contract-${randomUUID().slice(0, 8)}`;
  const location = await session.client.locations.create({
    name: `Contract test ${slug}`,
    slug,
    description: 'Created by the contract tests; deleted when they finish.',
  });

  session.cleanup(() => removeQuietly(() => session.client.locations.delete(location.id)));
  return location;
}

/** Creates stock for a new product id in a location of its own; both are deleted afterwards. */
export async function ownStock(
  session: ContractSession,
  available = 10,
): Promise<{ stock: Stock; slug: string }> {
  const location = await ownLocation(session);
  const { slug } = location.attributes;
  assert(slug !== undefined, 'the new location came back without a slug');

  const stock = await session.client.stock.create({
    productId: randomUUID(),
    locations: { [slug]: { available } },
  });

  session.cleanup(() => removeQuietly(() => session.client.stock.delete(stock.id)));
  return { stock, slug };
}
