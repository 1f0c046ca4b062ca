import type { Transaction, TransactionAction } from '@ep-inventories/types';
import { PageIterator } from '../pagination.js';
import {
  type Context,
  callFetch,
  type ListOptions,
  pageQuery,
  type RequestOptions,
  unwrap,
} from './context.js';

/** A stock movement to record. */
export interface TransactionCreateInput {
  action: TransactionAction;
  /** Units to move, zero or more. */
  quantity: number;
  /** The location slug the movement happens in. */
  location?: string;
}

export interface TransactionsResource {
  /** A product's transactions, page by page. */
  list(productId: string, options?: ListOptions): PageIterator<Transaction>;
  /** One transaction of a product. */
  get(productId: string, transactionId: string, options?: RequestOptions): Promise<Transaction>;
  /**
   * Records a movement. Throws UnprocessableEntityError when there is not enough stock.
   *
   * Note: not retried after a timeout or a 5xx, since that could apply it twice.
   */
  create(
    productId: string,
    input: TransactionCreateInput,
    options?: RequestOptions,
  ): Promise<Transaction>;
}

const listPath = '/v2/inventories/{product_uuid}/transactions';

export function transactionsResource(context: Context): TransactionsResource {
  const { raw } = context;

  return {
    list(productId, options = {}) {
      return new PageIterator(async (offset, limit) => {
        const call = raw.GET(listPath, {
          params: {
            path: { product_uuid: productId },
            query: pageQuery(offset, limit, options.filter),
          },
          fetch: callFetch(context, options),
        });
        return unwrap(context, 'GET', call);
      }, options);
    },

    async get(productId, transactionId, options) {
      const call = raw.GET(`${listPath}/{transaction_uuid}`, {
        params: { path: { product_uuid: productId, transaction_uuid: transactionId } },
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'GET', call)).data;
    },

    async create(productId, input, options) {
      const { action, quantity, location } = input;
      const attributes = { action, quantity, ...(location === undefined ? {} : { location }) };
      const call = raw.POST(listPath, {
        params: { path: { product_uuid: productId } },
        body: { data: { type: 'stock-transaction', attributes } },
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'POST', call)).data;
    },
  };
}
