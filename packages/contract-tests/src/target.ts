/** Where the suite sends its requests: the local mock, or a live store behind a checking proxy. */
export interface Target {
  mode: 'mock' | 'live';
  /** The origin to call; Prism in both modes. */
  baseUrl: string;
}

export interface LiveSettings {
  upstream: string;
  clientId: string;
  clientSecret: string;
}

const regions: Record<string, string> = {
  euwest: 'https://euwest.api.elasticpath.com',
  useast: 'https://useast.api.elasticpath.com',
};

/**
 * Live mode needs EP_CLIENT_ID, EP_CLIENT_SECRET and a store: EP_BASE_URL (an origin) or
 * EP_REGION. Without all three the suite runs against the mock.
 */
export function liveSettings(env: NodeJS.ProcessEnv = process.env): LiveSettings | undefined {
  const upstream = env.EP_BASE_URL ?? (env.EP_REGION ? regions[env.EP_REGION] : undefined);
  const { EP_CLIENT_ID: clientId, EP_CLIENT_SECRET: clientSecret } = env;
  if (!upstream || !clientId || !clientSecret) return undefined;
  return { upstream, clientId, clientSecret };
}
