import { listOperations } from './spec.js';

interface Route {
  operationId: string;
  method: string;
  pattern: RegExp;
  templated: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function toRoute(operation: { id: string; method: string; path: string }): Route {
  const segments = operation.path.split('/');
  const source = segments
    .map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : escapeRegExp(segment)))
    .join('/');
  return {
    operationId: operation.id,
    method: operation.method.toUpperCase(),
    pattern: new RegExp(`^${source}$`),
    templated: segments.filter((segment) => segment.startsWith('{')).length,
  };
}

// `/v2/inventories/locations` also fits `/v2/inventories/{product_uuid}`: as OpenAPI says,
// the path with more literal segments wins, so fewer templated segments are tried first.
const routes = listOperations()
  .map(toRoute)
  .sort((a, b) => a.templated - b.templated);

/** The operationId the document gives a method and path, or undefined when none fits. */
export function matchOperation(method: string, pathname: string): string | undefined {
  const upper = method.toUpperCase();
  const route = routes.find((each) => each.method === upper && each.pattern.test(pathname));
  return route?.operationId;
}
