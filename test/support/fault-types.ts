/**
 * What the fault proxy (fault-server.ts) speaks: the faults it can put on an answer, which requests a
 * scripted fault matches, what it logs of each request, random chaos, and the proxy's controls.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

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
