// Generated from openapi/inventories.yaml by scripts/generate-types.ts.
// Do not edit: run `pnpm generate` after changing the document.

export interface paths {
    "/oauth/access_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain an access token
         * @description Exchanges a client id (and, for `client_credentials`, the client secret) for a bearer
         *     token that lives for about an hour. Only `client_credentials` tokens may write stock or
         *     create imports; `implicit` tokens can read.
         */
        post: operations["CreateAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stock
         * @description Lists the stock of every product that has inventory, one page at a time.
         */
        get: operations["ListStock"];
        put?: never;
        /**
         * Create stock for a product
         * @description Starts tracking inventory for a product, optionally with an initial `available` quantity
         *     per location.
         */
        post: operations["CreateStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/multiple": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the stock of several products
         * @description Reads the stock of the listed products in one call. Although it is a POST, it changes
         *     nothing and may safely be repeated.
         */
        post: operations["GetStockForProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description Lists inventory locations. With `sort=location` and an `Ep-Geolocation` header the
         *     nearest locations come first.
         */
        get: operations["ListLocations"];
        put?: never;
        /** Create a location */
        post: operations["CreateLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/locations/{location_uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location's id (not its slug). */
                location_uuid: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        /** Get a location */
        get: operations["GetLocation"];
        /**
         * Update a location
         * @description Changes the attributes sent; attributes left out keep their values.
         */
        put: operations["UpdateLocation"];
        post?: never;
        /** Delete a location */
        delete: operations["DeleteLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports
         * @description Lists import jobs, queued, running and finished.
         */
        get: operations["ListImportJobs"];
        put?: never;
        /**
         * Start an import
         * @description Uploads a JSON Lines file with one product's stock per line (see `ImportLine`), at most
         *     50,000 lines. The service reads the whole file, answers with a `pending` import and
         *     applies it later; imports run one at a time and queue behind each other. Poll
         *     `GetImport` until the status is `success` or `failed`: there is no completion callback.
         *
         *     Creating an import is not idempotent: sending the same file twice runs it twice.
         */
        post: operations["CreateImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/imports/{import_uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The import's id. */
                import_uuid: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        /**
         * Get an import
         * @description Reads an import's status and record counts.
         */
        get: operations["GetImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/imports/{import_uuid}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The import's id. */
                import_uuid: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        /**
         * List an import's line errors
         * @description Lists the lines of the uploaded file that could not be applied, by line number, one page
         *     at a time.
         */
        get: operations["GetImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/{product_uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        /** Get a product's stock */
        get: operations["GetStock"];
        /**
         * Update a product's stock
         * @description Sets the `available` quantity of the named locations; a location set to `null` is
         *     removed from the product. Locations left out are unchanged.
         */
        put: operations["UpdateStock"];
        post?: never;
        /**
         * Delete a product's stock
         * @description Stops tracking inventory for the product, in every location.
         */
        delete: operations["DeleteStock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/{product_uuid}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        /** List a product's transactions */
        get: operations["ListTransactions"];
        put?: never;
        /**
         * Record a stock transaction
         * @description Moves stock: `increment` and `decrement` change what is available, `allocate` and
         *     `deallocate` move units between available and allocated, and `set` replaces the
         *     available quantity. Answers 422 when there is not enough stock for the move.
         */
        post: operations["CreateTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/inventories/{product_uuid}/transactions/{transaction_uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
                /** @description The transaction's id. */
                transaction_uuid: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        /** Get a transaction */
        get: operations["GetTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: uuid
         * @example 9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10
         */
        Uuid: string;
        /**
         * @description A location's slug: how locations are named everywhere except URL paths. The service
         *     does not publish its character rule; this document assumes the URL-unreserved
         *     characters (letters, digits, `-`, `.`, `_`, `~`).
         * @example dublin-warehouse
         */
        LocationSlug: string;
        /** @description A whole number of units, zero or more. */
        Quantity: number;
        Timestamps: {
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description A product's stock in one location. */
        LocationQuantities: {
            /** @description Units that can still be sold. */
            available: number;
            /** @description Units promised to orders and not yet shipped. */
            allocated: number;
            /** @description `available` plus `allocated`. */
            total: number;
        };
        /** @description Stock per location, keyed by location slug. */
        StockLocations: {
            [key: string]: components["schemas"]["LocationQuantities"];
        };
        Stock: {
            id: components["schemas"]["Uuid"];
            /** @constant */
            type: "stock";
            attributes: {
                /** @description Units that can still be sold, over all locations. */
                available: number;
                /** @description Units promised to orders, over all locations. */
                allocated: number;
                /** @description `available` plus `allocated`, over all locations. */
                total: number;
                locations?: components["schemas"]["StockLocations"];
            };
            meta?: {
                stock_id?: components["schemas"]["Uuid"];
                timestamps?: components["schemas"]["Timestamps"];
            };
        };
        StockResponse: {
            data: components["schemas"]["Stock"];
        };
        StockCollection: {
            data: components["schemas"]["Stock"][];
        };
        StockList: {
            data: components["schemas"]["Stock"][];
            links: components["schemas"]["Links"];
            meta?: components["schemas"]["ListMeta"];
        };
        StockCreateRequest: {
            data: {
                /** @constant */
                type: "stock";
                id?: components["schemas"]["Uuid"];
                attributes?: {
                    available?: components["schemas"]["Quantity"];
                    /** @description Initial available quantity per location slug. */
                    locations?: {
                        [key: string]: {
                            available: components["schemas"]["Quantity"];
                        };
                    };
                };
            };
        };
        StockUpdateRequest: {
            data: {
                id: components["schemas"]["Uuid"];
                /** @constant */
                type: "stock";
                attributes: {
                    /**
                     * @description New available quantity per location slug; `null` removes the location from
                     *     the product.
                     */
                    locations: {
                        [key: string]: {
                            available: components["schemas"]["Quantity"];
                        } | null;
                    };
                };
            };
        };
        StockForProductsRequest: {
            data: {
                id: components["schemas"]["Uuid"];
            }[];
        };
        /** @enum {string} */
        TransactionAction: "increment" | "decrement" | "allocate" | "deallocate" | "set";
        Transaction: {
            id: components["schemas"]["Uuid"];
            /** @constant */
            type: "stock-transaction";
            attributes: {
                action: components["schemas"]["TransactionAction"];
                quantity: components["schemas"]["Quantity"];
                location?: components["schemas"]["LocationSlug"];
                product_id?: components["schemas"]["Uuid"];
            };
            meta?: {
                timestamps?: components["schemas"]["Timestamps"];
            };
        };
        TransactionResponse: {
            data: components["schemas"]["Transaction"];
        };
        TransactionList: {
            data: components["schemas"]["Transaction"][];
            links: components["schemas"]["Links"];
            meta?: components["schemas"]["ListMeta"];
        };
        TransactionCreateRequest: {
            data: {
                /** @constant */
                type: "stock-transaction";
                attributes: {
                    action: components["schemas"]["TransactionAction"];
                    quantity: components["schemas"]["Quantity"];
                    location?: components["schemas"]["LocationSlug"];
                    product_id?: components["schemas"]["Uuid"];
                };
            };
        };
        Geolocation: {
            lat: number;
            lon: number;
        };
        LocationAttributes: {
            name?: string;
            slug?: components["schemas"]["LocationSlug"];
            external_ref?: string;
            description?: string;
            address?: string[];
            geolocation?: components["schemas"]["Geolocation"];
        };
        /** @description A location's attributes where `name` and `slug` must be present. */
        NamedLocationAttributes: WithRequired<components["schemas"]["LocationAttributes"], "name" | "slug">;
        Location: {
            id: components["schemas"]["Uuid"];
            /** @constant */
            type: "inventory_location";
            attributes: components["schemas"]["NamedLocationAttributes"];
            meta?: {
                timestamps?: components["schemas"]["Timestamps"];
            };
        };
        LocationResponse: {
            data: components["schemas"]["Location"];
        };
        LocationList: {
            data: components["schemas"]["Location"][];
            links: components["schemas"]["Links"];
            meta?: components["schemas"]["ListMeta"];
        };
        LocationCreateRequest: {
            data: {
                /** @constant */
                type: "inventory_location";
                attributes: components["schemas"]["NamedLocationAttributes"];
            };
        };
        LocationUpdateRequest: {
            data: {
                id: components["schemas"]["Uuid"];
                /** @constant */
                type: "inventory_location";
                attributes: components["schemas"]["LocationAttributes"];
            };
        };
        /**
         * @description `pending` and `started` are in progress; `success` and `failed` are final.
         * @enum {string}
         */
        ImportStatus: "pending" | "started" | "success" | "failed";
        Import: {
            id: components["schemas"]["Uuid"];
            /** @constant */
            type: "inventories_import";
            attributes: {
                status: components["schemas"]["ImportStatus"];
                external_ref?: string;
            };
            meta: {
                timestamps: {
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at?: string;
                    /** Format: date-time */
                    started_at?: string;
                    /** Format: date-time */
                    finished_at?: string;
                };
                records?: {
                    /** @description Lines the service read as well-formed records. */
                    uploaded?: {
                        stock?: number;
                    };
                    /** @description Records that passed the service's checks and were applied. */
                    imported?: {
                        stock?: number;
                    };
                };
            };
        };
        ImportResponse: {
            data: components["schemas"]["Import"];
        };
        ImportList: {
            data: components["schemas"]["Import"][];
            links: components["schemas"]["Links"];
            meta?: components["schemas"]["ListMeta"];
        };
        ImportCreateRequest: {
            /**
             * Format: binary
             * @description The JSON Lines file, one `ImportLine` per line, at most 50,000 lines.
             */
            import_file: Blob;
            /** @description Your own reference for the import, returned on it and on its errors. */
            external_ref?: string;
        };
        ImportError: {
            id: components["schemas"]["Uuid"];
            /** @constant */
            type: "inventories_import_error";
            meta: {
                /** @description Why the line was not applied. */
                error: string;
                /** @description The field of the line at fault, when there is one. */
                field?: string;
                /** @description The line of the uploaded file, counting from 1. */
                line_number: number;
                external_ref?: string;
                timestamps?: components["schemas"]["Timestamps"];
            };
        };
        ImportErrorList: {
            data: components["schemas"]["ImportError"][];
            links: components["schemas"]["Links"];
            meta?: components["schemas"]["ListMeta"];
        };
        /**
         * @description One line of an import file: one product and its new total in one or more locations.
         *     The SDK validates every line against this schema before it uploads anything.
         * @example {
         *       "data": {
         *         "type": "stock",
         *         "id": "9f1c6f2e-4b7a-4d2e-9c1b-2a7d5e8f3b10",
         *         "attributes": {
         *           "locations": {
         *             "dublin-warehouse": {
         *               "total": 120
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        ImportLine: {
            data: {
                /** @constant */
                type: "stock";
                id: components["schemas"]["Uuid"];
                attributes: {
                    locations: {
                        [key: string]: {
                            total: components["schemas"]["Quantity"];
                        };
                    };
                };
            };
        };
        /** @description Where the neighbouring pages are; `next` is null on the last page. */
        Links: {
            current?: string | null;
            first?: string | null;
            last?: string | null;
            next?: string | null;
            prev?: string | null;
        };
        ListMeta: {
            page?: {
                limit?: number;
                offset?: number;
                current?: number;
                total?: number;
            };
            results?: {
                total?: number;
            };
        };
        ErrorItem: {
            /** @description The HTTP status, sent as a string by some endpoints and a number by others. */
            status: string | number;
            title: string;
            detail?: string;
            source?: string | Record<string, never>;
            request_id?: string;
            meta?: {
                [key: string]: unknown;
            };
        };
        ErrorResponse: {
            errors: components["schemas"]["ErrorItem"][];
        };
        AccessTokenRequest: {
            /** @enum {string} */
            grant_type: "client_credentials" | "implicit";
            client_id: string;
            /** @description Required with `client_credentials`. */
            client_secret?: string;
        };
        AccessToken: {
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** @description Seconds until the token expires. */
            expires_in: number;
            /** @description When the token expires, in seconds since the Unix epoch. */
            expires: number;
            /** @description The grant type the token came from. */
            identifier?: string;
        };
    };
    responses: {
        /** @description The request was malformed or broke a rule of the service. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The access token is missing, expired or not valid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is valid but may not do this (for example, an implicit token writing). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Nothing exists at this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Another write to the same resource got there first; read it again and retry. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description There is not enough stock for this transaction. */
        InsufficientStock: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The store's rate limit is used up. No `Retry-After` header is documented; clients honour
         *     one when present and otherwise back off.
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait, or an HTTP date, when the service sends it. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service failed while handling the request. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Selects the multi-location behaviour. Without it the service answers as the older
         *     single-location API, so every inventory call sends it.
         */
        MultiLocation: "true";
        /**
         * @description Which slice of the list to return, sent as `page[offset]` (records to skip, zero-based;
         *     the service refuses offsets past 10,000) and `page[limit]` (records per page).
         */
        Page: {
            offset?: number;
            /** @default 25 */
            limit?: number;
        };
        /**
         * @description Conditions written `op(attribute,value)`, several joined by `:`, for example
         *     `eq(location,dublin)`. Which attributes each list accepts is not published.
         */
        Filter: string;
        /** @description The product's id. */
        ProductId: components["schemas"]["Uuid"];
        /** @description The transaction's id. */
        TransactionId: components["schemas"]["Uuid"];
        /** @description The location's id (not its slug). */
        LocationId: components["schemas"]["Uuid"];
        /** @description The import's id. */
        ImportId: components["schemas"]["Uuid"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreateAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AccessTokenRequest"];
            };
        };
        responses: {
            /** @description A new access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    ListStock: {
        parameters: {
            query?: {
                /**
                 * @description Which slice of the list to return, sent as `page[offset]` (records to skip, zero-based;
                 *     the service refuses offsets past 10,000) and `page[limit]` (records per page).
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Conditions written `op(attribute,value)`, several joined by `:`, for example
                 *     `eq(location,dublin)`. Which attributes each list accepts is not published.
                 */
                filter?: components["parameters"]["Filter"];
            };
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of stock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    CreateStock: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StockCreateRequest"];
            };
        };
        responses: {
            /** @description The product's new stock. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    GetStockForProducts: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StockForProductsRequest"];
            };
        };
        responses: {
            /** @description The stock of each product that has inventory. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    ListLocations: {
        parameters: {
            query?: {
                /**
                 * @description Which slice of the list to return, sent as `page[offset]` (records to skip, zero-based;
                 *     the service refuses offsets past 10,000) and `page[limit]` (records per page).
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Conditions written `op(attribute,value)`, several joined by `:`, for example
                 *     `eq(location,dublin)`. Which attributes each list accepts is not published.
                 */
                filter?: components["parameters"]["Filter"];
                /** @description Sort order; `location` sorts by distance from the `Ep-Geolocation` point. */
                sort?: string;
            };
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
                /** @description A point as `latitude,longitude`, used by `sort=location`. */
                "Ep-Geolocation"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of locations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    CreateLocation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationCreateRequest"];
            };
        };
        responses: {
            /** @description The new location. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    GetLocation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The location's id (not its slug). */
                location_uuid: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    UpdateLocation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The location's id (not its slug). */
                location_uuid: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated location. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    DeleteLocation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The location's id (not its slug). */
                location_uuid: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    ListImportJobs: {
        parameters: {
            query?: {
                /**
                 * @description Which slice of the list to return, sent as `page[offset]` (records to skip, zero-based;
                 *     the service refuses offsets past 10,000) and `page[limit]` (records per page).
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Conditions written `op(attribute,value)`, several joined by `:`, for example
                 *     `eq(location,dublin)`. Which attributes each list accepts is not published.
                 */
                filter?: components["parameters"]["Filter"];
            };
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of imports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    CreateImport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportCreateRequest"];
            };
        };
        responses: {
            /** @description The import, queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    GetImport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The import's id. */
                import_uuid: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    GetImportErrors: {
        parameters: {
            query?: {
                /**
                 * @description Which slice of the list to return, sent as `page[offset]` (records to skip, zero-based;
                 *     the service refuses offsets past 10,000) and `page[limit]` (records per page).
                 */
                page?: components["parameters"]["Page"];
            };
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The import's id. */
                import_uuid: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of line errors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportErrorList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    GetStock: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product's stock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    UpdateStock: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StockUpdateRequest"];
            };
        };
        responses: {
            /** @description The product's updated stock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    DeleteStock: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product no longer has inventory. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    ListTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Which slice of the list to return, sent as `page[offset]` (records to skip, zero-based;
                 *     the service refuses offsets past 10,000) and `page[limit]` (records per page).
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Conditions written `op(attribute,value)`, several joined by `:`, for example
                 *     `eq(location,dublin)`. Which attributes each list accepts is not published.
                 */
                filter?: components["parameters"]["Filter"];
            };
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of transactions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    CreateTransaction: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionCreateRequest"];
            };
        };
        responses: {
            /** @description The recorded transaction. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InsufficientStock"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    GetTransaction: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Selects the multi-location behaviour. Without it the service answers as the older
                 *     single-location API, so every inventory call sends it.
                 */
                "EP-Inventories-Multi-Location": components["parameters"]["MultiLocation"];
            };
            path: {
                /** @description The product's id. */
                product_uuid: components["parameters"]["ProductId"];
                /** @description The transaction's id. */
                transaction_uuid: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
