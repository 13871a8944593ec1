/**
 * A proxy on 127.0.0.1 in front of the real handler that fails on purpose, the way networks, load
 * balancers and overloaded servers do: 500 and 503, 429 with `Retry-After`, an answer slower than the
 * client's timeout, a dropped connection, a truncated or non-JSON body, an HTML error page. Faults are
 * scripted per request (`fail`) or drawn at random for a share of requests (`chaos`), and every
 * request is logged, so a test counts what reached the wire and what the handler saw.
 *
 * A fault either strikes before the handler runs (the request never reached the server) or after it
 * (the server did the work and the answer was lost), which is the case that tempts a client into
 * repeating a write.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  ChaosSettings,
  Fault,
  FaultLogEntry,
  FaultMatch,
  FaultProxy,
  FaultProxyOptions,
  FetchHandler,
} from './fault-types.ts';

const pathMatches = (pattern: string | RegExp | undefined, path: string) =>
  pattern === undefined || (typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path));

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function corsHeaders(incoming: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': incoming.headers.origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': 'content-type, accept, authorization, x-teamkit-request',
    'access-control-expose-headers': 'retry-after, idempotent-replayed',
    'access-control-max-age': '600',
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a fault lets the handler run before it strikes. */
function reachesHandler(fault: Fault): boolean {
  if (fault.kind === 'slow' || fault.kind === 'truncated') return true;
  return fault.reached ?? false;
}

/** The proxy's logic, without a server of its own. */
export function createFaultProxy(options: FaultProxyOptions): FaultProxy {
  const targets = Array.isArray(options.target) ? options.target : [options.target as FetchHandler];
  let scripted: { fault: Fault; match: FaultMatch; left: number }[] = [];
  let chaos: ChaosSettings | null = null;
  const log: FaultLogEntry[] = [];
  let turn = 0;

  const pick = (method: string, path: string, body: string): Fault | null => {
    const rule = scripted.find(
      ({ match }) =>
        (match.method === undefined || match.method.toUpperCase() === method) &&
        pathMatches(match.path, path) &&
        (match.body === undefined || body.includes(match.body)),
    );
    if (rule) {
      rule.left -= 1;
      if (rule.left <= 0) scripted = scripted.filter((other) => other !== rule);
      return rule.fault;
    }
    if (!chaos || chaos.faults.length === 0) return null;
    const random = chaos.random ?? Math.random;
    if (random() >= chaos.share) return null;
    return chaos.faults[Math.floor(random() * chaos.faults.length)] ?? null;
  };

  const serve = async (incoming: IncomingMessage, outgoing: ServerResponse, path: string) => {
    const cors = options.cors ? corsHeaders(incoming) : {};
    const method = (incoming.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      outgoing.writeHead(204, cors).end();
      return;
    }
    const body = await readBody(incoming);
    const fault = pick(method, path.split('?')[0] ?? path, body.toString('utf8'));
    let idempotencyKey: string | null = null;
    if (method === 'POST' && body.length > 0) {
      try {
        const parsed = JSON.parse(body.toString('utf8')) as { idempotencyKey?: unknown };
        if (typeof parsed.idempotencyKey === 'string') idempotencyKey = parsed.idempotencyKey;
      } catch {
        // Not JSON: the handler will say so.
      }
    }
    const entry: FaultLogEntry = {
      method,
      path,
      fault: fault?.kind ?? null,
      reached: false,
      handlerStatus: null,
      instance: null,
      idempotencyKey,
      requestBody: body.length > 0 ? body.toString('utf8') : null,
      handlerBody: null,
    };
    log.push(entry);

    let answer: { status: number; headers: Headers; text: string } | null = null;
    if (!fault || reachesHandler(fault)) {
      const instance = turn % targets.length;
      turn += 1;
      const handler = targets[instance] as FetchHandler;
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) headers.set(name, value.join(', '));
      }
      const response = await handler(
        new Request(`http://127.0.0.1${path}`, {
          method,
          headers,
          ...(body.length > 0 && method !== 'GET' ? { body: new Uint8Array(body) } : {}),
        }),
      );
      answer = { status: response.status, headers: response.headers, text: await response.text() };
      Object.assign(entry, {
        reached: true,
        handlerStatus: answer.status,
        instance,
        handlerBody: answer.text,
      });
    }

    const plain = (status: number, text: string, type: string, extra: Record<string, string> = {}) =>
      outgoing.writeHead(status, { ...cors, 'content-type': type, ...extra }).end(text);

    if (!fault) {
      const headers: Record<string, string> = { ...cors };
      answer?.headers.forEach((value, name) => {
        headers[name] = value;
      });
      outgoing.writeHead(answer?.status ?? 502, headers).end(answer?.text ?? '');
      return;
    }
    switch (fault.kind) {
      case 'status':
        return void plain(fault.status, 'upstream failed', 'text/plain');
      case 'rate-limit':
        return void plain(429, 'Too Many Requests', 'text/plain', {
          'retry-after': String(fault.retryAfterSeconds),
        });
      case 'slow':
        await sleep(fault.delayMs);
        if (outgoing.destroyed) return;
        return void plain(answer?.status ?? 200, answer?.text ?? '', 'application/json');
      case 'drop':
        incoming.socket.destroy();
        return;
      case 'truncated': {
        const text = answer?.text ?? '{"a":1}';
        // The full length is declared and half is sent: the client sees the body end early.
        outgoing.writeHead(answer?.status ?? 200, {
          ...cors,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(text)),
        });
        outgoing.write(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
        setTimeout(() => incoming.socket.destroy(), 5);
        return;
      }
      case 'not-json':
        return void plain(200, 'OK <!-- cached by the proxy -->', 'text/plain');
      case 'html':
        return void plain(
          fault.status,
          `<!doctype html><html><body><h1>${fault.status} Bad Gateway</h1><hr>nginx</body></html>`,
          'text/html',
        );
    }
  };

  return {
    fail(fault, match = {}) {
      scripted.push({ fault, match, left: match.times ?? 1 });
    },
    chaos(settings) {
      chaos = settings;
    },
    clearFaults() {
      scripted = [];
    },
    clear() {
      scripted = [];
      chaos = null;
      log.length = 0;
    },
    log,
    requests: (method, path) =>
      log.filter((entry) => entry.method === method.toUpperCase() && pathMatches(path, entry.path)),
    serve,
  };
}

/** A running fault server. */
export interface FaultServer extends Omit<FaultProxy, 'serve'> {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Closes the server and every open connection. */
  close(): Promise<void>;
}

/** Starts a fault proxy on 127.0.0.1 and a free port. */
export async function startFaultServer(options: FaultProxyOptions): Promise<FaultServer> {
  const proxy = createFaultProxy(options);
  const server: Server = createServer((incoming, outgoing) => {
    proxy.serve(incoming, outgoing, incoming.url ?? '/').catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fail: proxy.fail,
    clearFaults: proxy.clearFaults,
    chaos: proxy.chaos,
    clear: proxy.clear,
    log: proxy.log,
    requests: proxy.requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
