// Ships the repository's OpenAPI document inside this package, so the mock works once installed.
import { copyFile, mkdir } from 'node:fs/promises';

const source = new URL('../../../openapi/inventories.yaml', import.meta.url);
const target = new URL('../openapi/inventories.yaml', import.meta.url);

await mkdir(new URL('.', target), { recursive: true });
await copyFile(source, target);
