import type { Location, LocationAttributes } from '@ep-inventories/types';
import { ValidationError } from '../errors/index.js';
import { PageIterator } from '../pagination.js';
import {
  type Context,
  callFetch,
  type ListOptions,
  pageQuery,
  type RequestOptions,
  unwrap,
} from './context.js';

/** A new location: a name and a slug at least. */
export type LocationCreateInput = LocationAttributes & { name: string; slug: string };

export interface LocationListOptions extends ListOptions {
  /** Nearest first from this point (sends `sort=location` and `Ep-Geolocation`). */
  near?: { lat: number; lon: number };
}

export interface LocationsResource {
  /** Every location, page by page; nearest first with `near`. */
  list(options?: LocationListOptions): PageIterator<Location>;
  /** A location by its id (not its slug). */
  get(locationId: string, options?: RequestOptions): Promise<Location>;
  /** Adds a location; its slug is how stock, imports and transactions name it. */
  create(input: LocationCreateInput, options?: RequestOptions): Promise<Location>;
  /** Changes the attributes given; the others keep their values. */
  update(
    locationId: string,
    input: LocationAttributes,
    options?: RequestOptions,
  ): Promise<Location>;
  /** Removes a location by its id. */
  delete(locationId: string, options?: RequestOptions): Promise<void>;
}

const itemPath = '/v2/inventories/locations/{location_uuid}';

function coordinate(field: string, value: number, bound: number): string {
  if (!Number.isFinite(value) || Math.abs(value) > bound) {
    const reason = `must be a number from -${bound} to ${bound}, not ${value}`;
    throw new ValidationError('invalid point for near', [{ field, reason }]);
  }
  // Six decimals is about 10 cm, and keeps tiny values out of exponent notation (1e-7).
  return String(Number(value.toFixed(6)));
}

/** `Ep-Geolocation` as the service reads it: `latitude,longitude` in plain decimals. */
export function geolocationHeader(near: { lat: number; lon: number }): string {
  return `${coordinate('near.lat', near.lat, 90)},${coordinate('near.lon', near.lon, 180)}`;
}

export function locationsResource(context: Context): LocationsResource {
  const { raw } = context;
  const location = (locationId: string) => ({ path: { location_uuid: locationId } });

  return {
    list(options = {}) {
      const point = options.near && geolocationHeader(options.near);
      return new PageIterator(async (offset, limit) => {
        const query = pageQuery(offset, limit, options.filter);
        const call = raw.GET('/v2/inventories/locations', {
          params: point
            ? { query: { ...query, sort: 'location' }, header: { 'Ep-Geolocation': point } }
            : { query },
          fetch: callFetch(context, options),
        });
        return unwrap(context, 'GET', call);
      }, options);
    },

    async get(locationId, options) {
      const call = raw.GET(itemPath, {
        params: location(locationId),
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'GET', call)).data;
    },

    async create(input, options) {
      const call = raw.POST('/v2/inventories/locations', {
        body: { data: { type: 'inventory_location', attributes: input } },
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'POST', call)).data;
    },

    async update(locationId, input, options) {
      const call = raw.PUT(itemPath, {
        params: location(locationId),
        body: { data: { id: locationId, type: 'inventory_location', attributes: input } },
        fetch: callFetch(context, options),
      });
      return (await unwrap(context, 'PUT', call)).data;
    },

    async delete(locationId, options) {
      const call = raw.DELETE(itemPath, {
        params: location(locationId),
        fetch: callFetch(context, options),
      });
      await unwrap(context, 'DELETE', call);
    },
  };
}
