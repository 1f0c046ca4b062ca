/**
 * How a CSV file is laid out.
 * - `wide`: a product id column, then one column per location slug holding its total; an
 *   empty cell leaves that location out of the product's line.
 * - `long`: one row per product and location, with product id, location and total columns.
 *   Rows for the same product are merged into one line.
 */
export interface CsvOptions {
  /** @default 'wide' */
  shape?: 'wide' | 'long';
  /** @default 'product_id' */
  productIdColumn?: string;
  /** Long shape only. @default 'location' */
  locationColumn?: string;
  /** Long shape only. @default 'total' */
  totalColumn?: string;
  /** @default ',' */
  delimiter?: string;
}

export function defaults(options: CsvOptions): Required<CsvOptions> {
  return {
    shape: options.shape ?? 'wide',
    productIdColumn: options.productIdColumn ?? 'product_id',
    locationColumn: options.locationColumn ?? 'location',
    totalColumn: options.totalColumn ?? 'total',
    delimiter: options.delimiter ?? ',',
  };
}
