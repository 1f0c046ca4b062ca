import type { paths } from '@ep-inventories/types';

type MultiLocationHeader = 'EP-Inventories-Multi-Location';
type Method = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

type WithoutHeader<Parameters> = Parameters extends { header: infer Header }
  ? Omit<Parameters, 'header'> & { header?: Omit<Header, MultiLocationHeader> }
  : Parameters;

type WithoutHeaderParameter<Operation> = Operation extends { parameters: infer Parameters }
  ? Omit<Operation, 'parameters'> & { parameters: WithoutHeader<Parameters> }
  : Operation;

/**
 * The document's paths as the raw client sees them: the client sends
 * `EP-Inventories-Multi-Location` itself, so no call has to pass it.
 */
export type ClientPaths = {
  [Path in keyof paths]: {
    [Key in keyof paths[Path]]: Key extends Method
      ? WithoutHeaderParameter<paths[Path][Key]>
      : paths[Path][Key];
  };
};
