import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ServerHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  index: number,
) => void;

export interface LocalServer {
  url: string;
  /** How many requests arrived, by method and path. */
  count(method?: string, path?: string): number;
  close(): Promise<void>;
}

/** A real HTTP server on a free loopback port, misbehaving however `handler` says. */
export async function startLocalServer(handler: ServerHandler): Promise<LocalServer> {
  const seen: { method: string; path: string }[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    seen.push({
      method: request.method ?? '',
      path: new URL(request.url ?? '/', 'http://x').pathname,
    });
    handler(request, response, seen.length - 1);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    count: (method, path) =>
      seen.filter((r) => (!method || r.method === method) && (!path || r.path === path)).length,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
