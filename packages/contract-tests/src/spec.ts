import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Node = { [key: string]: unknown };

export interface Operation {
  id: string;
  method: string;
  path: string;
  /** Declared response statuses, as written in the document ('200', '404', ...). */
  statuses: string[];
}

const specUrl = new URL('../../../openapi/inventories.yaml', import.meta.url);
const schemaId = 'inventories.json';
const methods = ['get', 'put', 'post', 'delete', 'patch'];

export const spec = parse(readFileSync(specUrl, 'utf8')) as Node;

// ajv-formats ships CommonJS whose default export arrives wrapped under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('binary', true);
ajv.addSchema({ $id: schemaId, components: spec.components }, schemaId);

function resolve(node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  let target: unknown = spec;
  for (const key of ref.replace(/^#\//, '').split('/')) target = (target as Node)[key];
  return resolve(target as Node);
}

/** Every operation in the document, the token endpoint included. */
export function listOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths as Node)) {
    for (const method of methods) {
      const operation = (item as Node)[method] as Node | undefined;
      if (!operation) continue;
      const statuses = Object.keys(operation.responses as Node);
      operations.push({ id: String(operation.operationId), method, path, statuses });
    }
  }
  return operations;
}

export function findOperation(operationId: string): Operation & { node: Node } {
  for (const operation of listOperations()) {
    if (operation.id !== operationId) continue;
    const node = (spec.paths as Node)[operation.path] as Node;
    return { ...operation, node: node[operation.method] as Node };
  }
  throw new Error(`no operation ${operationId} in the document`);
}

function jsonMedia(operationId: string, status: number): Node | undefined {
  const { node } = findOperation(operationId);
  const response = (node.responses as Node)[String(status)] as Node | undefined;
  if (!response) throw new Error(`${operationId} declares no ${status} response`);

  const content = resolve(response).content as Node | undefined;
  return content?.['application/json'] as Node | undefined;
}

/** Whether the document gives the operation a JSON body for this status (a 204 has none). */
export function declaresJsonBody(operationId: string, status: number): boolean {
  return jsonMedia(operationId, status) !== undefined;
}

const validators = new Map<string, ValidateFunction>();

/** The compiled schema of an operation's JSON response for one status. */
export function responseSchema(operationId: string, status: number): ValidateFunction {
  const key = `${operationId} ${status}`;
  const cached = validators.get(key);
  if (cached) return cached;

  const media = jsonMedia(operationId, status);
  if (!media) throw new Error(`${operationId} ${status} declares no JSON body`);

  const schema = media.schema as Node;
  const ref = typeof schema.$ref === 'string' ? `${schemaId}${schema.$ref}` : undefined;
  const validate = ajv.compile(ref ? { $ref: ref } : schema);
  validators.set(key, validate);
  return validate;
}

/** Validates a body against the response schema; returns readable errors, empty when valid. */
export function schemaErrors(operationId: string, status: number, body: unknown): string[] {
  const validate = responseSchema(operationId, status);
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
  );
}

export interface NamedExample {
  operationId: string;
  status: number;
  name: string;
}

/** Every named example of every JSON response in the document. */
export function listResponseExamples(): NamedExample[] {
  const examples: NamedExample[] = [];
  for (const operation of listOperations()) {
    const { node } = findOperation(operation.id);
    for (const [status, response] of Object.entries(node.responses as Node)) {
      const content = resolve(response as Node).content as Node | undefined;
      const media = content?.['application/json'] as Node | undefined;
      for (const name of Object.keys((media?.examples as Node | undefined) ?? {})) {
        examples.push({ operationId: operation.id, status: Number(status), name });
      }
    }
  }
  return examples;
}
