/**
 * The full-stack demo's server on 127.0.0.1: the demo page, the kit's handler over the chosen backend
 * at `/api/teamkit`, and the demo's sign-in at `/demo-api/session`. The page gets the HTTP adapter and
 * a session cookie, never the backend's credentials.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { createTeamkitHandler } from '../../src/server/create-teamkit-handler.ts';
import { toNodeListener } from '../../src/server/node-listener.ts';
import { demoBackends } from './backend-registry.ts';

export { chooseDemoBackend } from './backend-registry.ts';

import { runWithSession } from './current-session.ts';
import type { DemoBackend } from './demo-backend.ts';
import { createDemoSessions } from './demo-sessions.ts';
import { createSessionRoutes } from './session-routes.ts';
import { serveStatic } from './static-files.ts';

/** Where the kit's handler is mounted; the page's HTTP adapter uses the same base URL. */
export const apiBasePath = '/api/teamkit';
/** The page the server shows at `/` (the in-memory demo stays at `index.html`, for `npm run dev`). */
const pageFile = 'fullstack.html';

/** Options of `startDemoServer`. */
export interface DemoServerOptions {
  /** A name from `demoBackends`. */
  backend: string;
  /** The port (0: a free one). */
  port: number;
  /** Vite's dev server in middleware mode (edits show at once), or the built demo in `dir` (tests). */
  page: { mode: 'vite' } | { mode: 'dist'; dir: string };
}

/** A running demo server. */
export interface DemoServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The backend it serves. */
  backend: DemoBackend;
  /** Stops the server, Vite and the backend. */
  close(): Promise<void>;
}

type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Starts the server; rejects when the backend cannot start or the port is taken. */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const makeBackend = demoBackends[options.backend];
  if (!makeBackend) throw new Error(`There is no demo backend called "${options.backend}".`);
  const backend = await makeBackend();
  const sessions = createDemoSessions(backend.people);
  const handler = createTeamkitHandler({
    adapter: backend.adapter,
    getSession: sessions.getSession,
    basePath: apiBasePath,
    policy: backend.policy,
    // The organization switcher: a person may act wherever the backend has them as an active member.
    ...(backend.viewerAdapter
      ? { viewerAdapter: backend.viewerAdapter, organizations: 'memberships' as const }
      : {}),
    // A request the browser gave up on (a search typed over, a page left mid-load) is not a failure.
    onError: (error, request) => {
      if (!request.signal.aborted)
        console.error(`demo server: ${request.method} ${request.url} failed:`, error);
    },
  });
  const api = toNodeListener((request) =>
    runWithSession(sessions.getSession(request), () => handler(request)),
  );
  const sessionRoutes = toNodeListener(createSessionRoutes(backend, sessions));

  const server = createServer();
  let page: NodeListener;
  let closeVite = async () => {};
  if (options.page.mode === 'vite') {
    const vite = await createViteServer({
      configFile: fileURLToPath(new URL('../../vite.demo.config.ts', import.meta.url)),
      appType: 'mpa',
      server: { middlewareMode: true, ws: { server } },
    });
    closeVite = () => vite.close();
    page = (request, response) => {
      if (request.url === '/' || request.url?.startsWith('/?')) request.url = `/${pageFile}`;
      vite.middlewares(request, response);
    };
  } else {
    page = serveStatic(options.page.dir, pageFile);
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    if (path === apiBasePath || path.startsWith(`${apiBasePath}/`)) api(request, response);
    else if (path.startsWith('/demo-api/')) sessionRoutes(request, response);
    else page(request, response);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', resolve);
    });
  } catch (error) {
    await closeVite();
    await backend.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    backend,
    close: () => {
      closing ??= (async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await closeVite();
        await backend.close();
      })();
      return closing;
    },
  };
}
