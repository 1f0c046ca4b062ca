import { describe, expectTypeOf, test } from 'vitest';
import type {
  ErrorItem,
  Import,
  ImportCreateRequest,
  ImportLine,
  ImportStatus,
  importStatuses,
  Location,
  OperationId,
  operations,
  paths,
  StockUpdateRequest,
} from '../src/index.js';

describe('generated aliases', () => {
  test('an import status is one of the four documented values', () => {
    expectTypeOf<ImportStatus>().toEqualTypeOf<'pending' | 'started' | 'success' | 'failed'>();
    expectTypeOf<Import['attributes']['status']>().toEqualTypeOf<ImportStatus>();
    expectTypeOf<(typeof importStatuses)[number]>().toEqualTypeOf<ImportStatus>();
  });

  test('the import file part is a Blob, not a string', () => {
    expectTypeOf<ImportCreateRequest['import_file']>().toEqualTypeOf<Blob>();
    expectTypeOf<ImportCreateRequest['external_ref']>().toEqualTypeOf<string | undefined>();
  });

  test('an error item status may be a string or a number', () => {
    expectTypeOf<ErrorItem['status']>().toEqualTypeOf<string | number>();
  });

  test('an import line writes total per location slug', () => {
    type Locations = ImportLine['data']['attributes']['locations'];
    expectTypeOf<Locations[string]>().toEqualTypeOf<{ total: number }>();
    expectTypeOf<ImportLine['data']['type']>().toEqualTypeOf<'stock'>();
  });

  test('a location always has a name and a slug', () => {
    expectTypeOf<Location['attributes']['name']>().toEqualTypeOf<string>();
    expectTypeOf<Location['attributes']['slug']>().toEqualTypeOf<string>();
    expectTypeOf<Location['attributes']['description']>().toEqualTypeOf<string | undefined>();
  });

  test('an update may remove a location with null', () => {
    type Value = StockUpdateRequest['data']['attributes']['locations'][string];
    expectTypeOf<null>().toExtend<Value>();
  });
});

describe('operations', () => {
  test('every inventory operation requires the multi-location header', () => {
    type Header = operations['GetStock']['parameters']['header'];
    expectTypeOf<Header>().toEqualTypeOf<{ 'EP-Inventories-Multi-Location': 'true' }>();
  });

  test('the token endpoint takes no headers and no bearer token', () => {
    type Parameters = paths['/oauth/access_token']['post']['parameters'];
    expectTypeOf<Parameters['header']>().toEqualTypeOf<undefined>();
  });

  test('there are eighteen inventory operations and the token endpoint', () => {
    expectTypeOf<OperationId>().toEqualTypeOf<
      | 'CreateAccessToken'
      | 'ListStock'
      | 'CreateStock'
      | 'GetStockForProducts'
      | 'GetStock'
      | 'UpdateStock'
      | 'DeleteStock'
      | 'ListTransactions'
      | 'CreateTransaction'
      | 'GetTransaction'
      | 'ListLocations'
      | 'CreateLocation'
      | 'GetLocation'
      | 'UpdateLocation'
      | 'DeleteLocation'
      | 'CreateImport'
      | 'ListImportJobs'
      | 'GetImport'
      | 'GetImportErrors'
    >();
  });
});
