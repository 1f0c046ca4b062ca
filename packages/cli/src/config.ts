import {
  type ClientOptions,
  createInventoriesClient,
  type InventoriesClient,
} from '@ep-inventories/client';
import { UsageError } from './exit-codes.js';
import type { Output } from './output/output.js';

/** Connection options every service command accepts. */
export interface ConnectionFlags {
  region?: string;
  baseUrl?: string;
  clientId?: string;
  clientSecret?: string;
  mock?: boolean;
}

export interface Connection {
  client: InventoriesClient;
  /** Stops what the connection started (the local mock). */
  close(): Promise<void>;
}

/** Where to connect and with which credentials, from flags first and then the environment. */
export function resolveTarget(flags: ConnectionFlags, env: NodeJS.ProcessEnv) {
  // Where to connect is one setting: a flag for either replaces both variables.
  const fromFlags = flags.region !== undefined || flags.baseUrl !== undefined;
  const region = fromFlags ? flags.region : env.EP_REGION;
  const baseUrl = fromFlags ? flags.baseUrl : env.EP_BASE_URL;
  const clientId = flags.clientId ?? env.EP_CLIENT_ID;
  const clientSecret = flags.clientSecret ?? env.EP_CLIENT_SECRET;

  const missing: string[] = [];
  if (!clientId) missing.push('EP_CLIENT_ID (or --client-id)');
  if (!clientSecret) missing.push('EP_CLIENT_SECRET (or --client-secret)');
  if (!region && !baseUrl) missing.push('EP_REGION or EP_BASE_URL (or --region / --base-url)');
  if (missing.length > 0) {
    throw new UsageError(`missing configuration: ${missing.join(', ')}. Or use --mock.`);
  }
  return { region, baseUrl, clientId: clientId as string, clientSecret: clientSecret as string };
}

async function startMock(output: Output) {
  let mock: typeof import('@ep-inventories/mock');
  try {
    mock = await import('@ep-inventories/mock');
  } catch {
    throw new UsageError(
      '--mock needs the @ep-inventories/mock package: npm install @ep-inventories/mock',
    );
  }
  output.note('starting the local mock of the Inventories API...');
  const server = await mock.startPrism();
  output.note(`mock listening on ${server.url}`);
  return { server, fetch: mock.importLifecycle() };
}

/** Builds a client from flags, then environment variables; `--mock` needs neither. */
export async function connect(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  output: Output,
): Promise<Connection> {
  if (flags.mock) {
    const { server, fetch } = await startMock(output);
    const client = createInventoriesClient({
      baseUrl: server.url,
      credentials: { clientId: 'mock-client', clientSecret: 'mock-secret' },
      fetch,
    });
    return { client, close: () => server.stop() };
  }

  const target = resolveTarget(flags, env);
  output.secrets.add(target.clientSecret);
  const credentials = { clientId: target.clientId, clientSecret: target.clientSecret };
  const where = target.baseUrl
    ? { baseUrl: target.baseUrl }
    : { region: target.region as 'euwest' };
  const client = createInventoriesClient({ ...where, credentials } as ClientOptions);
  return { client, close: async () => {} };
}

/** Connects, runs `use`, and always closes what the connection started. */
export async function withClient<T>(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  output: Output,
  use: (client: InventoriesClient) => Promise<T>,
): Promise<T> {
  const connection = await connect(flags, env, output);
  try {
    return await use(connection.client);
  } finally {
    await connection.close();
  }
}
