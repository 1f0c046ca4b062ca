import type { Stock } from '@ep-inventories/types';
import { PageIterator } from '../pagination.js';
import {
  type Context,
  callFetch,
  type ListOptions,
  pageQuery,
  type RequestOptions,
  unwrap,
} from './context.js';

/** New stock for a product. */
export interface StockCreateInput {
  /** The product's id; the service assigns the stock to it. */
  productId?: string;
  /** Available units over all locations, for stores that do not use locations. */
  available?: number;
  /** Available units per location slug. */
  locations?: Record<string, { available: number }>;
}

/** New available units per location slug; `null` removes the location from the product. */
export interface StockUpdateInput {
  locations: Record<string, { available: number } | null>;
}

export interface StockResource {
  /** Every product's stock, page by page. */
  list(options?: ListOptions): PageIterator<Stock>;
  /** One product's stock, in total and per location. Throws NotFoundError if it has none. */
  get(productId: string, options?: RequestOptions): Promise<Stock>;
  /** The stock of several products in one request (safe to retry: it only reads). */
  getMany(productIds: string[], options?: RequestOptions): Promise<Stock[]>;
  /** Starts tracking a product's stock, with initial available units. */
  create(input: StockCreateInput, options?: RequestOptions): Promise<Stock>;
  /** Sets available units in the locations given; the others are left as they are. */
  update(productId: string, input: StockUpdateInput, options?: RequestOptions): Promise<Stock>;
  /** Stops tracking a product's stock, in every location. */
  delete(productId: string, options?: RequestOptions): Promise<void>;
}

const productPath = '/v2/inventories/{product_uuid}';

export function stockResource(context: Context): StockResource {
  const { raw } = context;
  const product = (productId: string) => ({ path: { product_uuid: productId } });

  return {
    list(options = {}) {
      return new PageIterator(async (offset, limit) => {
        const query = pageQuery(offset, limit, options.filter);
        const call = raw.GET('/v2/inventories', {
          params: { query },
          fetch: callFetch(context, options),
        });
        return unwrap(context, 'GET', call);
      }, options);
    },

    async get(productId, options) {
      const call = raw.GET(productPath, {
        params: product(productId),
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'GET', call)).data;
    },

    async getMany(productIds, options) {
      const call = raw.POST('/v2/inventories/multiple', {
        body: { data: productIds.map((id) => ({ id })) },
        fetch: callFetch(context, { ...options, idempotent: true }),
      });
      return (await unwrap(context, 'POST', call)).data;
    },

    async create(input, options) {
      const { productId, available, locations } = input;
      const attributes = {
        ...(available === undefined ? {} : { available }),
        ...(locations === undefined ? {} : { locations }),
      };
      const data = { type: 'stock' as const, attributes, ...(productId ? { id: productId } : {}) };
      const call = raw.POST('/v2/inventories', {
        body: { data },
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'POST', call)).data;
    },

    async update(productId, input, options) {
      const call = raw.PUT(productPath, {
        params: product(productId),
        body: {
          data: { id: productId, type: 'stock', attributes: { locations: input.locations } },
        },
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'PUT', call)).data;
    },

    async delete(productId, options) {
      const call = raw.DELETE(productPath, {
        params: product(productId),
        fetch: callFetch(context, options),
      });
      await unwrap(context, 'DELETE', call);
    },
  };
}
