/**
 * `teamkit/adapters/scalekit`: the Scalekit adapter, for the server side only (it holds a client secret
 * and calls Scalekit's REST API). Never import it from browser code.
 */
export { createScalekitAdapter, type ScalekitAdapterOptions } from './create-scalekit-adapter.ts';
export {
  resolveScalekitPolicy as scalekitAccessPolicy,
  type ScalekitPolicyOptions,
} from './scalekit-policy.ts';
export type { ScalekitCredentials } from './token.ts';
