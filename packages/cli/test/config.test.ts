import { describe, expect, test } from 'vitest';
import { resolveTarget } from '../src/config.js';

const credentials = { EP_CLIENT_ID: 'id', EP_CLIENT_SECRET: 'secret' };

describe('resolveTarget: where to connect', () => {
  test.each([
    {
      title: 'a region from the environment',
      flags: {},
      env: { EP_REGION: 'useast' },
      want: { region: 'useast', baseUrl: undefined },
    },
    {
      title: 'a base URL from the environment',
      flags: {},
      env: { EP_BASE_URL: 'http://127.0.0.1:1' },
      want: { region: undefined, baseUrl: 'http://127.0.0.1:1' },
    },
    {
      title: 'a region flag over a base URL in the environment',
      flags: { region: 'euwest' },
      env: { EP_BASE_URL: 'http://127.0.0.1:1' },
      want: { region: 'euwest', baseUrl: undefined },
    },
    {
      title: 'a base URL flag over a region in the environment',
      flags: { baseUrl: 'http://127.0.0.1:2' },
      env: { EP_REGION: 'useast' },
      want: { region: undefined, baseUrl: 'http://127.0.0.1:2' },
    },
  ])('$title', ({ flags, env, want }) => {
    expect(resolveTarget(flags, { ...credentials, ...env })).toMatchObject(want);
  });

  test('a credential flag overrides its variable alone', () => {
    const target = resolveTarget(
      { clientSecret: 'from-flag' },
      { ...credentials, EP_REGION: 'euwest' },
    );
    expect(target).toMatchObject({ clientId: 'id', clientSecret: 'from-flag' });
  });
});
