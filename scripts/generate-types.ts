/**
 * Regenerates packages/types/src/generated from openapi/inventories.yaml.
 *
 *   tsx scripts/generate-types.ts          write the generated files
 *   tsx scripts/generate-types.ts --check  exit 1 when the committed files are stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const specUrl = new URL('openapi/inventories.yaml', root);
const outDir = new URL('packages/types/src/generated/', root);

const banner = `// Generated from openapi/inventories.yaml by scripts/generate-types.ts.
// Do not edit: run \`pnpm generate\` after changing the document.
`;

type Schema = { [key: string]: unknown };

/** `format: binary` is a file part of a multipart body: a Blob, not a string. */
async function generateTypes(): Promise<string> {
  const ast = await openapiTS(specUrl, {
    transform(schema) {
      if (schema.format !== 'binary') return undefined;
      return ts.factory.createTypeReferenceNode('Blob');
    },
  });
  return `${banner}\n${astToString(ast)}`;
}

function resolvePointer(doc: Schema, ref: string): Schema {
  const path = ref.replace(/^#\//, '').split('/');
  let node: unknown = doc;
  for (const key of path) node = (node as Schema)[key];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

/** Copies a schema with every $ref replaced by its target, so it stands on its own. */
function inline(doc: Schema, node: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(doc, item));
  if (node === null || typeof node !== 'object') return node;

  const object = node as Schema;
  if (typeof object.$ref === 'string') return inline(doc, resolvePointer(doc, object.$ref));

  const copy: Schema = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === 'examples' || key === 'description') continue;
    copy[key] = inline(doc, value);
  }
  return copy;
}

/** Constants that runtime code checks locally, read from the document so they cannot drift. */
async function generateSchemas(): Promise<string> {
  const doc = parse(await readFile(specUrl, 'utf8')) as Schema;
  const at = (ref: string) => resolvePointer(doc, ref);

  const importLine = inline(doc, at('#/components/schemas/ImportLine'));
  const importFile = at('#/components/schemas/ImportCreateRequest/properties/import_file');
  const externalRef = at('#/components/schemas/ImportCreateRequest/properties/external_ref');
  const pageLimit = at('#/components/parameters/Page/schema/properties/limit');
  const pageOffset = at('#/components/parameters/Page/schema/properties/offset');
  const statuses = at('#/components/schemas/ImportStatus/enum');

  const limits = {
    importMaxLines: importFile['x-max-lines'],
    externalRefMaxLength: externalRef.maxLength,
    pageMaxLimit: pageLimit.maximum,
    pageDefaultLimit: pageLimit.default,
    pageMaxOffset: pageOffset.maximum,
  };
  for (const [name, value] of Object.entries(limits)) {
    if (typeof value !== 'number') throw new Error(`limit ${name} is missing from the document`);
  }

  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return `${banner}
/** The JSON Schema of one line of an import file, with references resolved. */
export const importLineSchema = ${json(importLine)} as const;

/** Every status an import can have. */
export const importStatuses = ${json(statuses)} as const;

/** Limits the service documents, as numbers. */
export const limits = ${json(limits)} as const;
`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const outputs = new Map([
    ['openapi.ts', await generateTypes()],
    ['schemas.ts', await generateSchemas()],
  ]);

  const stale: string[] = [];
  for (const [name, content] of outputs) {
    const file = new URL(name, outDir);
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === content) continue;
    if (check) stale.push(fileURLToPath(file));
    else await writeFile(file, content);
  }

  if (stale.length > 0) {
    console.error(`Generated files are out of date with openapi/inventories.yaml:`);
    for (const file of stale) console.error(`  ${file}`);
    console.error('Run `pnpm generate` and commit the result.');
    process.exitCode = 1;
  }
}

await main();
