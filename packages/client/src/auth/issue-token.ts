import { AuthenticationError, InventoriesError, isApiError } from '../errors/index.js';
import type { ClientCredentials } from '../options.js';
import { type Context, callFetch, unwrap } from '../resources/context.js';
import type { IssuedToken } from './tokens.js';

/**
 * Exchanges client credentials for a token at `POST /oauth/access_token`. Safe to retry:
 * asking for a token twice changes nothing.
 */
export async function issueToken(
  context: Context,
  credentials: ClientCredentials,
): Promise<IssuedToken> {
  const call = context.raw.POST('/oauth/access_token', {
    body: {
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    fetch: callFetch(context, { idempotent: true }),
  });

  try {
    const token = await unwrap(context, 'POST', call);
    return { accessToken: token.access_token, expiresIn: token.expires_in };
  } catch (error) {
    if (isApiError(error, 400) || isApiError(error, 401)) {
      throw new AuthenticationError({
        status: error.status,
        items: error.errors,
        requestId: error.requestId,
        method: error.method,
        url: error.url,
        message: `could not obtain an access token: ${error.message}`,
      });
    }
    if (error instanceof InventoriesError) throw error;
    throw new InventoriesError('could not obtain an access token', { cause: error });
  }
}
