import { expect, test } from 'vitest';
import { matchOperation } from '../src/routes.js';
import { ids } from '../src/samples.js';

const product = `/v2/inventories/${ids.product}`;

test.for([
  { title: 'the token endpoint', given: 'POST /oauth/access_token', want: 'CreateAccessToken' },
  {
    title: 'a list at a literal path',
    given: 'GET /v2/inventories/locations',
    want: 'ListLocations',
  },
  {
    title: 'imports beside the product template',
    given: 'GET /v2/inventories/imports',
    want: 'ListImportJobs',
  },
  {
    title: 'a POST that only reads',
    given: 'POST /v2/inventories/multiple',
    want: 'GetStockForProducts',
  },
  { title: 'the product template', given: `DELETE ${product}`, want: 'DeleteStock' },
  {
    title: 'two templates',
    given: `GET ${product}/transactions/${ids.transaction}`,
    want: 'GetTransaction',
  },
  { title: 'a method the path lacks', given: 'PATCH /v2/inventories/locations', want: undefined },
  { title: 'a path the document lacks', given: 'GET /v2/other', want: undefined },
  { title: 'a longer path', given: `GET ${product}/extra/segments`, want: undefined },
])('names the operation of $title', ({ given, want }) => {
  const [method = '', path = ''] = given.split(' ');
  expect(matchOperation(method, path)).toBe(want);
});
