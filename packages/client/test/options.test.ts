import { describe, expect, test } from 'vitest';
import { ConfigurationError, createInventoriesClient } from '../src/index.js';
import { resolveBaseUrl } from '../src/options.js';

describe('resolveBaseUrl', () => {
  test.each([
    { given: { region: 'euwest' }, want: 'https://euwest.api.elasticpath.com' },
    { given: { region: 'useast' }, want: 'https://useast.api.elasticpath.com' },
    {
      given: { baseUrl: 'https://useast.api.elasticpath.com/v2' },
      want: 'https://useast.api.elasticpath.com',
    },
    {
      given: { baseUrl: 'https://useast.api.elasticpath.com/v2/' },
      want: 'https://useast.api.elasticpath.com',
    },
    { given: { baseUrl: 'http://127.0.0.1:4010' }, want: 'http://127.0.0.1:4010' },
    { given: { baseUrl: 'http://localhost:4010/' }, want: 'http://localhost:4010' },
    { given: { baseUrl: 'http://[::1]:4010' }, want: 'http://[::1]:4010' },
    { given: { baseUrl: 'https://proxy.example/ep/v2' }, want: 'https://proxy.example/ep' },
    {
      given: { baseUrl: 'http://inventory.internal:8080', allowInsecureHttp: true },
      want: 'http://inventory.internal:8080',
    },
  ])('$given → $want', ({ given, want }) => {
    expect(resolveBaseUrl(given)).toBe(want);
  });

  test.each([
    { given: {}, message: /region .* or baseUrl/ },
    { given: { region: 'euwest', baseUrl: 'https://x.example' }, message: /not both/ },
    { given: { region: 'mars' }, message: /unknown region "mars"/ },
    { given: { region: 'constructor' }, message: /unknown region "constructor"/ },
    { given: { baseUrl: 'not a url' }, message: /not an absolute URL/ },
    { given: { baseUrl: 'ftp://x.example' }, message: /http or https/ },
    { given: { baseUrl: 'http://inventory.example' }, message: /plain http.*allowInsecureHttp/ },
    { given: { baseUrl: 'https://x.example/?a=1' }, message: /query or a fragment/ },
  ])('refuses $given', ({ given, message }) => {
    expect(() => resolveBaseUrl(given)).toThrow(ConfigurationError);
    expect(() => resolveBaseUrl(given)).toThrow(message);
  });
});

describe('createInventoriesClient options', () => {
  const base = { baseUrl: 'http://127.0.0.1:1' };

  test.each([
    { title: 'no credentials', options: { ...base }, message: /credentials are required/ },
    {
      title: 'an empty secret',
      options: { ...base, credentials: { clientId: 'id', clientSecret: '' } },
      message: /clientSecret is missing/,
    },
    {
      title: 'an empty token',
      options: { ...base, credentials: { accessToken: '' } },
      message: /accessToken must be/,
    },
    {
      title: 'a negative maxRetries',
      options: { ...base, credentials: { accessToken: 't' }, maxRetries: -1 },
      message: /maxRetries must be a whole number/,
    },
    {
      title: 'a fractional timeout',
      options: { ...base, credentials: { accessToken: 't' }, timeout: 1.5 },
      message: /timeout must be a whole number/,
    },
  ])('refuses $title', ({ options, message }) => {
    // @ts-expect-error -- deliberately wrong options, as plain JavaScript callers can pass
    expect(() => createInventoriesClient(options)).toThrow(message);
  });

  test('the error about a bad secret does not repeat the secret', () => {
    const credentials = { clientId: 42, clientSecret: 'very-secret-value' };
    // @ts-expect-error -- a number where a string belongs
    const create = () => createInventoriesClient({ ...base, credentials });
    expect(create).toThrow(/clientId/);
    expect(create).not.toThrow(/very-secret-value/);
  });
});
