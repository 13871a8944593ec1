/**
 * A real `node:http` server on 127.0.0.1 (a free port) serving `createTeamkitHandler`, so tests go
 * through the same sockets, headers and bodies a browser's requests do. The handler can be swapped
 * between tests (a fresh backend each time) without restarting the server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { toNodeListener } from '../../src/server/node-listener.ts';

/** A running test server. */
export interface TeamkitTestServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Serves the next requests with `handler`. */
  use(handler: (request: Request) => Promise<Response>): void;
  /** Closes the server. */
  close(): Promise<void>;
}

/** Starts the server; it answers 503 until `use` gives it a handler. */
export async function startTeamkitTestServer(): Promise<TeamkitTestServer> {
  let current: ((request: Request) => Promise<Response>) | null = null;
  const server: Server = createServer(
    toNodeListener(async (request) => (current ? current(request) : new Response(null, { status: 503 }))),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    use(handler) {
      current = handler;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * One server for the whole test file: started before its tests, closed after them. Its `url` and
 * `use` are read inside tests (the server does not exist yet while the file is collected).
 */
export function setUpTeamkitTestServer(): Pick<TeamkitTestServer, 'url' | 'use'> {
  let server: TeamkitTestServer | undefined;
  beforeAll(async () => {
    server = await startTeamkitTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = () => {
    if (!server) throw new Error('The test server starts in beforeAll: use it inside a test.');
    return server;
  };
  return {
    get url() {
      return started().url;
    },
    use: (handler) => started().use(handler),
  };
}
