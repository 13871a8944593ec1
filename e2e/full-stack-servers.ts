/**
 * The demo servers the full-stack specs run against (playwright.config.ts starts them with the built
 * demo): one per backend, each on its own port on 127.0.0.1.
 */
export const fullStackServers = {
  /** `npm run demo:server` over the memory backend. */
  memory: 'http://127.0.0.1:4174',
  /** `npm run demo:scalekit`: the Scalekit adapter against the local fake Scalekit. */
  scalekit: 'http://127.0.0.1:4175',
  /** `npm run demo:auth0`: the Auth0 adapter (through Auth0's SDK) against the local fake Auth0. */
  auth0: 'http://127.0.0.1:4176',
} as const;
