import {
  type ApiError,
  BadRequestError,
  NotFoundError,
  UnprocessableEntityError,
} from '@ep-inventories/client';
import { assert, expect } from 'vitest';
import { expectContract } from './checks.js';
import type { ContractSession } from './session.js';

/** A declared error answer: what the mock is asked for, and what the client must make of it. */
export interface ErrorPath {
  title: string;
  /** The `Prefer` header sent to the mock. */
  given: string;
  want: { status: number; error: typeof ApiError };
}

export const badRequest: ErrorPath = {
  title: 'a request the service refuses',
  given: 'code=400',
  want: { status: 400, error: BadRequestError },
};

export const notFound: ErrorPath = {
  title: 'an id that does not exist',
  given: 'code=404',
  want: { status: 404, error: NotFoundError },
};

export const insufficientStock: ErrorPath = {
  title: 'a move larger than the stock',
  given: 'code=422',
  want: { status: 422, error: UnprocessableEntityError },
};

/**
 * Asks the mock for an error answer to `operationId`, runs `call`, and asserts the typed error,
 * the recorded body against the declared error schema, and the error items parsed from it.
 */
export async function expectErrorPath(
  session: ContractSession,
  operationId: string,
  path: ErrorPath,
  call: () => Promise<unknown>,
): Promise<void> {
  session.prefer(operationId, path.given);

  const error = await call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert(error instanceof path.want.error, `expected a ${path.want.error.name}, got ${error}`);
  expect(error.status).toBe(path.want.status);

  const { body } = expectContract(session.exchanges, operationId, path.want.status);
  const titles = (body as { errors: Array<{ title: string }> }).errors.map((item) => item.title);
  expect(error.errors.map((item) => item.title)).toEqual(titles);
}
