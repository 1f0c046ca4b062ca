/**
 * Checks a value against the subset of JSON Schema the import line schema uses, and says what
 * is wrong in words a person fixing a file can act on. Reading the schema from the OpenAPI
 * document (rather than restating its rules) keeps local validation in step with the service.
 */

export interface Schema {
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly propertyNames?: Schema;
  readonly minProperties?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The keywords this checker understands; a schema using others is refused up front. */
export const supportedKeywords = new Set([
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
]);

export interface SchemaIssue {
  /** Keys from the root to the faulty value. */
  path: string[];
  reason: string;
}

type Json = Record<string, unknown>;

const patterns = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, 'u');
    patterns.set(pattern, compiled);
  }
  return compiled;
}

/** A value as it appears in a reason: short, quoted when a string. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  }
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // Integers past 2^53 cannot be held exactly, so they could not be sent on as written.
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(schema: Schema, value: unknown): boolean {
  if (schema.type === undefined) return true;
  const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
  const actual = typeOf(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** What a number must be, as one phrase: "a non-negative integer", "a number up to 90". */
function numberPhrase(schema: Schema): string {
  const kind = schema.type === 'integer' ? 'integer' : 'number';
  if (schema.minimum === 0 && schema.maximum === undefined) return `a non-negative ${kind}`;
  const bounds = [
    schema.minimum === undefined ? '' : ` of at least ${schema.minimum}`,
    schema.maximum === undefined ? '' : ` of at most ${schema.maximum}`,
  ];
  return `${kind === 'integer' ? 'an integer' : 'a number'}${bounds.join('')}`;
}

/** What a string must be: "a UUID", "1 to 128 characters matching ^[a-z]+$". */
function stringPhrase(schema: Schema): string {
  if (schema.format === 'uuid') return 'a UUID';
  const { minLength: min, maxLength: max } = schema;
  const length =
    min !== undefined && max !== undefined
      ? `${min} to ${max} characters`
      : max !== undefined
        ? `at most ${max} characters`
        : 'a string';
  return schema.pattern ? `${length} matching ${schema.pattern}` : length;
}

function phrase(schema: Schema): string {
  if (schema.type === 'integer' || schema.type === 'number') return numberPhrase(schema);
  if (schema.type === 'string') return stringPhrase(schema);
  if (schema.type === 'object') return 'an object';
  return `of type ${String(schema.type)}`;
}

function checkString(schema: Schema, value: string): boolean {
  // JSON Schema counts code points; only strings with surrogate pairs differ from .length.
  const length = /[\uD800-\uDFFF]/.test(value) ? [...value].length : value.length;
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  return schema.pattern === undefined || regex(schema.pattern).test(value);
}

function checkNumber(schema: Schema, value: number): boolean {
  if (schema.minimum !== undefined && value < schema.minimum) return false;
  return schema.maximum === undefined || value <= schema.maximum;
}

/** What the value should have been, when its own constraints (type, const, ranges) fail. */
function expectation(schema: Schema, value: unknown): string | undefined {
  if (schema.const !== undefined && value !== schema.const) return show(schema.const);
  if (schema.enum && !schema.enum.includes(value)) {
    return `one of ${schema.enum.map(show).join(', ')}`;
  }
  const fits =
    matchesType(schema, value) &&
    (typeof value !== 'string' || checkString(schema, value)) &&
    (typeof value !== 'number' || checkNumber(schema, value));
  return fits ? undefined : phrase(schema);
}

/** Why `key` may not name a property of an object with this schema, if it may not. */
export function keyProblem(schema: Schema, key: string): string | undefined {
  const should = schema.propertyNames && expectation(schema.propertyNames, key);
  return should ? `must be ${should}` : undefined;
}

function checkObject(schema: Schema, value: Json, path: string[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const keys = Object.keys(value);

  for (const key of schema.required ?? []) {
    if (!(key in value)) issues.push({ path: [...path, key], reason: 'is missing' });
  }
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    const reason =
      schema.minProperties === 1 ? 'must not be empty' : `needs ${schema.minProperties} entries`;
    issues.push({ path, reason });
  }

  for (const key of keys) {
    const keyReason = keyProblem(schema, key);
    if (keyReason) {
      issues.push({ path: [...path, key], reason: `is not a valid key: ${keyReason}` });
      continue;
    }
    // Own properties only: `constructor` or `__proto__` in a line must not find Object's.
    const known = schema.properties && Object.hasOwn(schema.properties, key);
    const child = known ? schema.properties?.[key] : schema.additionalProperties;
    if (child === false) issues.push({ path: [...path, key], reason: 'is not a known field' });
    else if (child && child !== true)
      issues.push(...checkSchema(child, value[key], [...path, key]));
  }
  return issues;
}

/** Every way `value` breaks `schema`, each with the path to the faulty part. */
export function checkSchema(schema: Schema, value: unknown, path: string[] = []): SchemaIssue[] {
  const should = expectation(schema, value);
  if (should) return [{ path, reason: `must be ${should}, not ${show(value)}` }];

  if (typeOf(value) === 'object') return checkObject(schema, value as Json, path);
  return [];
}

/** Keywords used anywhere in `schema` that this checker does not understand. */
export function unsupportedKeywords(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const found = new Set<string>();
  for (const [key, child] of Object.entries(schema)) {
    if (!supportedKeywords.has(key)) found.add(key);
    if (key === 'properties') {
      for (const nested of Object.values(child as Json)) {
        for (const k of unsupportedKeywords(nested)) found.add(k);
      }
    } else if (key === 'additionalProperties' || key === 'propertyNames') {
      for (const k of unsupportedKeywords(child)) found.add(k);
    }
  }
  return [...found];
}
