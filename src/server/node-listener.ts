/**
 * The parts of `node:http`'s IncomingMessage the listener reads, typed structurally so a host's
 * types need no @types/node to use `teamkit/server`.
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  /** The HTTP method. */
  method?: string | undefined;
  /** The path and query. */
  url?: string | undefined;
  /** The request headers, lower-cased. */
  headers: Record<string, string | string[] | undefined>;
}

/** The parts of `node:http`'s ServerResponse the listener writes. */
export interface NodeResponseLike {
  /** The status to send. */
  statusCode: number;
  /** Whether the head has gone out. */
  readonly headersSent: boolean;
  /** Whether the whole response has been handed to the socket. */
  readonly writableFinished: boolean;
  /** Sets a response header. */
  setHeader(name: string, value: string): unknown;
  /** Sends the body (if any) and ends the response. */
  end(chunk?: Uint8Array): unknown;
  /** Told when the connection closes, finished or not. */
  on(event: 'close', listener: () => void): unknown;
}

/** A web stream over a Node request's body, pulled as the handler reads it (so its size limit stops the read). */
function bodyStream(req: NodeRequestLike): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

/**
 * Mounts a Fetch handler in `node:http` (`http.createServer(toNodeListener(handler))`): the request is
 * turned into a standard `Request` (its body streamed, aborted when the client goes away) and the
 * `Response` written back.
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  { origin = 'http://localhost' }: { origin?: string } = {},
): (req: NodeRequestLike, res: NodeResponseLike) => void {
  return (req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    // `duplex` is required by Node's fetch for a streamed body, and not yet in the DOM types.
    const init = {
      method,
      headers,
      signal: controller.signal,
      ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
    } as RequestInit;
    handler(new Request(new URL(req.url ?? '/', origin), init))
      .then(async (response) => {
        res.statusCode = response.status;
        response.headers.forEach((value, name) => {
          res.setHeader(name, value);
        });
        res.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
      })
      .catch(() => {
        // The handler answers every error itself; this is a failure to write (the client left).
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  };
}
