// Declared here rather than through @types/node: the published types must not depend on Node's.
declare const process: { env: Record<string, string | undefined> };

/**
 * True in development builds. Bundlers replace `process.env.NODE_ENV` in the host's build (so the
 * expression must stay written exactly so); where nothing does and there is no `process` (a plain
 * browser), this is false, so warnings meant for developers never reach production users.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
