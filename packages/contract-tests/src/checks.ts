import { assert, expect } from 'vitest';
import type { Exchange } from './recorder.js';
import { declaresJsonBody, findOperation, schemaErrors } from './spec.js';

function expectExchangeHonoured(exchange: Exchange): void {
  const { operationId, status } = exchange;
  const where = `${exchange.method} ${exchange.path} answered ${status}`;
  assert(operationId !== undefined, `${where}: no operation of the document fits it`);
  expect(exchange.violations, `${where}: Prism reported violations`).toBeNull();

  const { statuses } = findOperation(operationId);
  expect(statuses, `${where}: the status is not declared`).toContain(String(status));

  if (declaresJsonBody(operationId, status)) {
    const errors = schemaErrors(operationId, status, exchange.body);
    expect(errors, `${where}: the body breaks its schema`).toEqual([]);
  } else {
    expect(exchange.body, `${where}: a body came where none is declared`).toBeUndefined();
  }
}

/**
 * Asserts every exchange fits an operation, drew no violation, answered a declared status and
 * carried the body the document declares for it.
 */
export function expectHonoured(exchanges: readonly Exchange[]): void {
  for (const exchange of exchanges) expectExchangeHonoured(exchange);
}

/**
 * Asserts the exchanges so far honoured the document and the latest call of `operationId`
 * answered `status`; returns that exchange.
 */
export function expectContract(
  exchanges: readonly Exchange[],
  operationId: string,
  status: number,
): Exchange {
  expectHonoured(exchanges);

  const exchange = exchanges.findLast((each) => each.operationId === operationId);
  assert(exchange !== undefined, `the client sent no ${operationId} request`);
  expect(exchange.status, `${operationId} answered another status`).toBe(status);
  return exchange;
}

/** The `data` member of a recorded JSON:API body. */
export function bodyData(exchange: Exchange): unknown {
  return (exchange.body as { data?: unknown } | undefined)?.data;
}
