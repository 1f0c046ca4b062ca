import type { Import, ImportError } from '@ep-inventories/types';
import { PageIterator, type PageOptions } from '../pagination.js';
import {
  type Context,
  callFetch,
  type ListOptions,
  pageQuery,
  type RequestOptions,
  unwrap,
} from './context.js';

/** An import file to upload. */
export interface ImportCreateInput {
  /**
   * The JSON Lines file. In Node, `fs.openAsBlob(path)` streams it from disk instead of
   * holding it in memory.
   */
  file: Blob;
  /** Your reference for the import, at most 2,048 characters. */
  externalRef?: string;
  /** The file name sent with the part. @default 'stock.jsonl' */
  filename?: string;
}

export interface ImportsResource {
  /**
   * Uploads a file and returns the queued import.
   *
   * Note: sent once, never retried here: the body is a stream and creating an import is not
   * idempotent. The importer package adds a retry that cannot duplicate an import.
   */
  create(input: ImportCreateInput, options?: RequestOptions): Promise<Import>;
  /** An import's status and record counts. */
  get(importId: string, options?: RequestOptions): Promise<Import>;
  /** Every import job, page by page. */
  list(options?: ListOptions): PageIterator<Import>;
  /** The lines of an import's file that were not applied, by line number. */
  errors(importId: string, options?: PageOptions & RequestOptions): PageIterator<ImportError>;
}

export function importsResource(context: Context): ImportsResource {
  const { raw } = context;

  return {
    async create(input, options) {
      const call = raw.POST('/v2/inventories/imports', {
        body: {
          import_file: input.file,
          ...(input.externalRef ? { external_ref: input.externalRef } : {}),
        },
        bodySerializer(body) {
          const form = new FormData();
          form.append('import_file', body.import_file, input.filename ?? 'stock.jsonl');
          if (body.external_ref !== undefined) form.append('external_ref', body.external_ref);
          return form;
        },
        // Node's fetch keeps a copy of a streamed body in case it must follow a redirect;
        // refusing redirects keeps memory flat however large the file.
        redirect: 'error',
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'POST', call)).data;
    },

    async get(importId, options) {
      const call = raw.GET('/v2/inventories/imports/{import_uuid}', {
        params: { path: { import_uuid: importId } },
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'GET', call)).data;
    },

    list(options = {}) {
      return new PageIterator(async (offset, limit) => {
        const call = raw.GET('/v2/inventories/imports', {
          params: { query: pageQuery(offset, limit, options.filter) },
          fetch: callFetch(context, options),
        });
        return unwrap(context, 'GET', call);
      }, options);
    },

    errors(importId, options = {}) {
      return new PageIterator(async (offset, limit) => {
        const call = raw.GET('/v2/inventories/imports/{import_uuid}/errors', {
          params: {
            path: { import_uuid: importId },
            query: pageQuery(offset, limit, undefined),
          },
          fetch: callFetch(context, options),
        });
        return unwrap(context, 'GET', call);
      }, options);
    },
  };
}
