/** `teamkit/adapters/http`: the browser's side of the host's own server. Dependency-free. */
export { createHttpAdapter, type HttpAdapterOptions } from './create-http-adapter.ts';
export type { RetryPolicy } from './http-transport.ts';
