import { describe, expect, test } from 'vitest';
import { importLifecycle } from '../src/index.js';

const importUrl = (id: string) => `http://127.0.0.1:1/v2/inventories/imports/${id}`;

function recording() {
  const prefer: (string | null)[] = [];
  const fetch = async (request: Request) => {
    prefer.push(request.headers.get('prefer'));
    return new Response('{}');
  };
  return { fetch, prefer };
}

describe('importLifecycle', () => {
  test('each read of an import asks for the next status, then repeats the last', async () => {
    const { fetch, prefer } = recording();
    const lifecycle = importLifecycle(undefined, fetch);
    for (let i = 0; i < 4; i++) await lifecycle(new Request(importUrl('a')));

    expect(prefer).toEqual([
      'example=pending',
      'example=started',
      'example=success',
      'example=success',
    ]);
  });

  test('imports are followed separately, and other requests pass through untouched', async () => {
    const { fetch, prefer } = recording();
    const lifecycle = importLifecycle(['pending', 'failed'], fetch);
    await lifecycle(new Request(importUrl('a')));
    await lifecycle(new Request(importUrl('b')));
    await lifecycle(new Request(importUrl('a')));
    await lifecycle(new Request(`${importUrl('a')}/errors`));
    await lifecycle(new Request(importUrl('a').replace(/\/a$/, ''), { method: 'POST', body: 'x' }));

    expect(prefer).toEqual(['example=pending', 'example=pending', 'example=failed', null, null]);
  });
});
