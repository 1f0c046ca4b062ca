#!/usr/bin/env node
/**
 * ep-inventories-mock [--port N] [--proxy <upstream origin>]
 *
 * Serves the Inventories API contract mock until interrupted.
 */
import { parseArgs } from 'node:util';
import { startPrism } from './prism.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    proxy: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'Usage: ep-inventories-mock [--port N] [--proxy https://useast.api.elasticpath.com]\n\n' +
      'Serves the Inventories API from its OpenAPI examples (or, with --proxy, forwards to a\n' +
      'live store and checks every request and answer against the document).\n',
  );
  process.exit(0);
}

const server = await startPrism({
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values.proxy ? { upstream: values.proxy } : {}),
});
process.stdout.write(`Inventories API ${server.mode} listening on ${server.url}\n`);

const shutdown = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
