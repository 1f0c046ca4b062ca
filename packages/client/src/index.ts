export type {
  AccessToken,
  ErrorItem,
  Import,
  ImportError,
  ImportLine,
  ImportStatus,
  Links,
  ListMeta,
  Location,
  LocationAttributes,
  LocationQuantities,
  Stock,
  StockLocations,
  Transaction,
  TransactionAction,
} from '@ep-inventories/types';
export { createInventoriesClient, type InventoriesClient } from './client.js';
export * from './errors/index.js';
export type { LogFields, Logger, LogLevel } from './internal/logger.js';
export type {
  AccessTokenCredentials,
  ClientCredentials,
  ClientOptions,
  Credentials,
  FetchLike,
  Region,
  RetryDelays,
} from './options.js';
export { type Page, PageIterator, type PageOptions } from './pagination.js';
export type { ClientPaths } from './paths.js';
export { Redactor } from './redact.js';
export type { ListOptions, RawClient, RequestOptions } from './resources/context.js';
export type { ImportCreateInput, ImportsResource } from './resources/imports.js';
export type {
  LocationCreateInput,
  LocationListOptions,
  LocationsResource,
} from './resources/locations.js';
export type { StockCreateInput, StockResource, StockUpdateInput } from './resources/stock.js';
export type { TransactionCreateInput, TransactionsResource } from './resources/transactions.js';
