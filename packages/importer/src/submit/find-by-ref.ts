import { type InventoriesClient, isApiError, type RequestOptions } from '@ep-inventories/client';
import type { Import } from '@ep-inventories/types';

export interface FindOptions extends RequestOptions {
  /** Only imports created at or after this time count. */
  createdSince?: Date;
  /** How many imports to read when the service will not filter by reference. @default 1000 */
  scanLimit?: number;
}

// Commas and parentheses would break `op(attribute,value)`, and `:` joins conditions.
const filterSafe = /^[\w.~#/@+-]+$/;

function matches(item: Import, externalRef: string, since: Date | undefined): boolean {
  if (item.attributes.external_ref !== externalRef) return false;
  if (!since) return true;
  return Date.parse(item.meta.timestamps.created_at) >= since.getTime();
}

async function scan(list: AsyncIterable<Import>, externalRef: string, options: FindOptions) {
  let read = 0;
  for await (const item of list) {
    if (matches(item, externalRef, options.createdSince)) return item;
    if (++read >= (options.scanLimit ?? 1000)) break;
  }
  return undefined;
}

/**
 * Finds an import by its external_ref. Asks the service to filter with
 * `eq(external_ref,...)` first; when that finds nothing, or the service refuses the filter,
 * reads up to `scanLimit` imports in the order the service lists them and compares references
 * itself, so a filter the service reads differently cannot hide an import.
 */
export async function findImportByExternalRef(
  client: InventoriesClient,
  externalRef: string,
  options: FindOptions = {},
): Promise<Import | undefined> {
  const { createdSince: _, scanLimit: __, ...request } = options;
  if (filterSafe.test(externalRef)) {
    try {
      const filter = `eq(external_ref,${externalRef})`;
      const found = await scan(client.imports.list({ ...request, filter }), externalRef, options);
      if (found) return found;
    } catch (error) {
      if (!isApiError(error, 400)) throw error;
    }
  }
  return scan(client.imports.list(request), externalRef, options);
}
