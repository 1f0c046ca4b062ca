import { describe, expect, test } from 'vitest';
import { createRecorder } from '../src/recorder.js';

const origin = 'http://127.0.0.1:4010';

function answering(body: string, headers: Record<string, string> = {}) {
  const sent: Request[] = [];
  const send = async (input: RequestInfo | URL) => {
    sent.push(input as Request);
    return new Response(body === '' ? null : body, { status: 200, headers });
  };
  return { sent, send: send as typeof fetch };
}

describe('createRecorder', () => {
  test('records the operation, status, violations and parsed body of an exchange', async () => {
    const server = answering('{"data":[]}', {
      'content-type': 'application/json',
      'sl-violations': '[{"message":"bad"}]',
    });
    const recorder = createRecorder(server.send);

    const response = await recorder.fetch(new Request(`${origin}/v2/inventories/locations`));

    expect(await response.json()).toEqual({ data: [] });
    expect(recorder.exchanges).toEqual([
      {
        operationId: 'ListLocations',
        method: 'GET',
        path: '/v2/inventories/locations',
        status: 200,
        violations: '[{"message":"bad"}]',
        body: { data: [] },
      },
    ]);
  });

  test.for([
    { title: 'the preferred operation', given: '/v2/inventories/imports', want: 'code=404' },
    { title: 'another operation', given: '/v2/inventories/locations', want: null },
  ])('sends Prefer on $title only', async ({ given, want }) => {
    const server = answering('');
    const recorder = createRecorder(server.send);
    recorder.prefer('ListImportJobs', 'code=404');

    await recorder.fetch(new Request(`${origin}${given}`));

    expect(server.sent[0]?.headers.get('prefer')).toBe(want);
  });

  test.for([
    { title: 'an empty answer', given: { body: '', type: '' }, want: undefined },
    { title: 'a text answer', given: { body: 'oops', type: 'text/plain' }, want: 'oops' },
    {
      title: 'broken JSON',
      given: { body: '{"data":', type: 'application/json' },
      want: '{"data":',
    },
    {
      title: 'a token',
      given: { body: '{"access_token":"secret-value"}', type: 'application/json' },
      want: { access_token: '[redacted]' },
    },
  ])('keeps $title as $want', async ({ given, want }) => {
    const recorder = createRecorder(answering(given.body, { 'content-type': given.type }).send);

    await recorder.fetch(new Request(`${origin}/oauth/access_token`, { method: 'POST' }));

    expect(recorder.exchanges[0]?.body).toEqual(want);
  });
});
