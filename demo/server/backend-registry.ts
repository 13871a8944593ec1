/**
 * The backends the demo server can run over, by the name `--backend <name>` (or `TEAMKIT_DEMO_BACKEND`)
 * picks. A new backend is one file under `backends/` that returns a `DemoBackend`, and one line here.
 */
import { createAuth0Backend } from './backends/auth0.ts';
import { createMemoryBackend } from './backends/memory.ts';
import { createScalekitBackend } from './backends/scalekit.ts';
import type { DemoBackendFactory } from './demo-backend.ts';

/**
 * Each backend's factory; nothing starts until one is called. Imported statically: the server's
 * modules are loaded once through Vite's module runner, which is closed by the time a backend is chosen.
 */
export const demoBackends: Record<string, DemoBackendFactory> = {
  memory: createMemoryBackend,
  scalekit: createScalekitBackend,
  auth0: createAuth0Backend,
};

/** The backend used when none is named. */
export const defaultDemoBackend = 'memory';

/**
 * The backend a command line and environment name: `--backend <name>` or `--backend=<name>`, else
 * `TEAMKIT_DEMO_BACKEND`, else memory. Throws, listing the choices, for a name nobody registered.
 */
export function chooseDemoBackend(argv: readonly string[], env: Record<string, string | undefined>): string {
  const at = argv.indexOf('--backend');
  const inline = argv.find((arg) => arg.startsWith('--backend='))?.slice('--backend='.length);
  const name = (at >= 0 ? argv[at + 1] : inline) ?? env.TEAMKIT_DEMO_BACKEND ?? defaultDemoBackend;
  if (!Object.hasOwn(demoBackends, name)) {
    throw new Error(
      `There is no demo backend called "${name}". Choose one of: ${Object.keys(demoBackends).join(', ')}.`,
    );
  }
  return name;
}
