/**
 * Types for the Elastic Path Inventories API (multi-location), generated from the OpenAPI
 * document in this repository. `paths`, `components` and `operations` are the raw generated
 * types; the named aliases below are the ones integrations reach for.
 */
import type { components, operations, paths } from './generated/openapi.js';

export { importLineSchema, importStatuses, limits } from './generated/schemas.js';
export type { components, operations, paths };

type Schemas = components['schemas'];

/** A product's stock, in total and per location. */
export type Stock = Schemas['Stock'];
/** Stock per location, keyed by location slug. */
export type StockLocations = Schemas['StockLocations'];
/** One location's available, allocated and total units. */
export type LocationQuantities = Schemas['LocationQuantities'];
/** A stock movement. */
export type Transaction = Schemas['Transaction'];
/** What a transaction does to stock. */
export type TransactionAction = Schemas['TransactionAction'];
/** A place that holds stock. */
export type Location = Schemas['Location'];
/** A location's attributes, all optional (as an update sends them). */
export type LocationAttributes = Schemas['LocationAttributes'];
/** A bulk import job. */
export type Import = Schemas['Import'];
/** Where an import job is: `pending`, `started`, `success` or `failed`. */
export type ImportStatus = Schemas['ImportStatus'];
/** A line of an import file that the service could not apply. */
export type ImportError = Schemas['ImportError'];
/** One line of an import file. */
export type ImportLine = Schemas['ImportLine'];
/** Links to the neighbouring pages of a list. */
export type Links = Schemas['Links'];
/** Paging and result counts that some lists carry. */
export type ListMeta = Schemas['ListMeta'];
/** One item of an error answer. */
export type ErrorItem = Schemas['ErrorItem'];
/** An error answer: `{ errors: [...] }`. */
export type ErrorResponse = Schemas['ErrorResponse'];
/** The answer of the token endpoint. */
export type AccessToken = Schemas['AccessToken'];

/** Body of `POST /oauth/access_token`. */
export type AccessTokenRequest = Schemas['AccessTokenRequest'];
/** Body of `POST /v2/inventories`. */
export type StockCreateRequest = Schemas['StockCreateRequest'];
/** Body of `PUT /v2/inventories/{product_uuid}`. */
export type StockUpdateRequest = Schemas['StockUpdateRequest'];
/** Body of `POST /v2/inventories/multiple`. */
export type StockForProductsRequest = Schemas['StockForProductsRequest'];
/** Body of `POST /v2/inventories/{product_uuid}/transactions`. */
export type TransactionCreateRequest = Schemas['TransactionCreateRequest'];
/** Body of `POST /v2/inventories/locations`. */
export type LocationCreateRequest = Schemas['LocationCreateRequest'];
/** Body of `PUT /v2/inventories/locations/{location_uuid}`. */
export type LocationUpdateRequest = Schemas['LocationUpdateRequest'];
/** Body of `POST /v2/inventories/imports` (multipart). */
export type ImportCreateRequest = Schemas['ImportCreateRequest'];

/** The id of every operation in the document. */
export type OperationId = keyof operations;
