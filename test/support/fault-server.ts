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

/** A Fetch handler, as `createTeamkitHandler` returns. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** One way an answer goes wrong. */
export type Fault =
  /** The server (or a proxy) answers 500 or 503 with a bare text body. */
  | { kind: 'status'; status: 500 | 502 | 503 | 504; reached?: boolean }
  /** 429 with `Retry-After` in seconds. */
  | { kind: 'rate-limit'; retryAfterSeconds: number; reached?: boolean }
  /** The handler answers, and the answer is held this long (past the client's timeout). */
  | { kind: 'slow'; delayMs: number }
  /** The connection is closed with no answer; `reached` says whether the handler ran first. */
  | { kind: 'drop'; reached?: boolean }
  /** The handler's answer, cut in the middle of its body. */
  | { kind: 'truncated' }
  /** A 200 whose body is not JSON (a captive portal, a misrouted static page). */
  | { kind: 'not-json'; reached?: boolean }
  /** A proxy's HTML error page with this status. */
  | { kind: 'html'; status: number; reached?: boolean };

/** Which requests a scripted fault applies to. */
export interface FaultMatch {
  /** The HTTP method (default any but OPTIONS). */
  method?: string;
  /** A substring or pattern of the path (below the proxy's prefix). */
  path?: string | RegExp;
  /** A substring of the request's body (an invited address, say). */
  body?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
}

/** One request that reached the proxy. */
export interface FaultLogEntry {
  method: string;
  path: string;
  /** The fault applied, or null when the handler's answer went through untouched. */
  fault: Fault['kind'] | null;
  /** Whether the handler ran (so a write may have landed). */
  reached: boolean;
  /** The status the handler answered, when it ran. */
  handlerStatus: number | null;
  /** Which handler instance served it (0-based), when one did. */
  instance: number | null;
  /** The invitation's idempotency key, for POSTs that carry one. */
  idempotencyKey: string | null;
  /** The request's body as sent, when it had one. */
  requestBody: string | null;
  /** The body the handler sent (before any fault), for scans of everything a session answered. */
  handlerBody: string | null;
}

/** Random faults on a share of requests. */
export interface ChaosSettings {
  /** The share of requests that fail, 0–1. */
  share: number;
  /** The faults to draw from, evenly. */
  faults: readonly Fault[];
  /** A source of numbers in [0, 1) (default Math.random); pass a seeded one for a repeatable run. */
  random?: () => number;
}

/** Options of the proxy. */
export interface FaultProxyOptions {
  /** The handler, or several instances of it, served in turn (round robin), as behind a load balancer. */
  target: FetchHandler | readonly FetchHandler[];
  /** Adds CORS headers to every answer, faults included, for a page on another origin (a browser test). */
  cors?: boolean;
}

/** The proxy's controls, shared by a standalone server and the browser tests' hub. */
export interface FaultProxy {
  /** Fails the next matching request(s) with `fault`; scripted faults apply in the order given. */
  fail(fault: Fault, match?: FaultMatch): void;
  /** Draws random faults for a share of requests from now on; `null` stops. */
  chaos(settings: ChaosSettings | null): void;
  /** Forgets the scripted faults not yet used. */
  clearFaults(): void;
  /** Forgets scripted faults, chaos and the log. */
  clear(): void;
  /** Every request so far, oldest first (preflights left out). */
  readonly log: readonly FaultLogEntry[];
  /** The requests matching `method` and `path`. */
  requests(method: string, path?: string | RegExp): FaultLogEntry[];
  /** Serves one request whose path below the proxy's prefix is `path`. */
  serve(incoming: IncomingMessage, outgoing: ServerResponse, path: string): Promise<void>;
}

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
