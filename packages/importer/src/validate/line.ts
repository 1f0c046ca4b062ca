import { importLineSchema } from '@ep-inventories/types';
import {
  checkSchema,
  keyProblem,
  type Schema,
  type SchemaIssue,
  unsupportedKeywords,
} from './schema-check.js';

/** One product's new stock: a total per location slug. */
export interface StockRecord {
  productId: string;
  /** Location slug to total units, e.g. `{ 'dublin-warehouse': 120 }`. */
  locations: Record<string, number>;
}

const schema: Schema = importLineSchema;

const unsupported = unsupportedKeywords(importLineSchema);
if (unsupported.length > 0) {
  // Fails at load, not silently at run time, if the document grows a rule we cannot check.
  throw new Error(`the import line schema uses keywords this version cannot check: ${unsupported}`);
}

type Parsed = {
  data: { id: string; attributes: { locations: Record<string, { total: number }> } };
};

/** Checks a parsed line against the document's ImportLine schema. */
export function checkLine(value: unknown): { record: StockRecord } | { issues: SchemaIssue[] } {
  const issues = checkSchema(schema, value);
  if (issues.length > 0) return { issues };

  const { id, attributes } = (value as Parsed).data;
  // fromEntries defines keys; assigning would let a slug such as `__proto__` go astray.
  const totals = Object.entries(attributes.locations).map(([slug, { total }]) => [slug, total]);
  return { record: { productId: id, locations: Object.fromEntries(totals) } };
}

/** The import line for a product, as the service reads it. Values are checked separately. */
export function lineObject(productId: unknown, locations: Record<string, unknown>) {
  const totals = Object.fromEntries(
    Object.entries(locations).map(([slug, total]) => [slug, { total }]),
  );
  return { data: { type: 'stock', id: productId, attributes: { locations: totals } } };
}

/** A record as one canonical line of the file that is uploaded. */
export function serialize(record: StockRecord): string {
  return JSON.stringify(lineObject(record.productId, record.locations));
}

const plainKey = /^[A-Za-z_$][\w$-]*$/;

/** `data.attributes.locations["new york"].total`: a path as people read it. */
export function formatPath(path: readonly string[]): string {
  return path
    .map((key, index) => {
      if (plainKey.test(key)) return index === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

const locationsSchema = schema.properties?.data?.properties?.attributes?.properties?.locations;

/** Why a location slug would be refused, or undefined when it is fine. */
export function slugProblem(slug: string): string | undefined {
  return locationsSchema ? keyProblem(locationsSchema, slug) : undefined;
}
