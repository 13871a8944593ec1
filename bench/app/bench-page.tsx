/**
 * What every scenario of the speed bench's page shares (bench/app/main.tsx wires them): the memory adapter
 * behind a call log, mounting inside a fresh provider, and the waits every timing ends on. The scenarios
 * get it as an argument rather than importing module state, so each one names what it uses.
 */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type TeamkitAdapter, TeamkitProvider } from 'teamkit';
import { createMemoryAdapter } from 'teamkit/adapters/memory';
import { type TimedCall, timedAdapter } from './timed-adapter.ts';

/** The page the scenarios drive: its adapter and call log, its React root, and the bench's waits. */
export interface BenchPage {
  /** The element every scenario renders into. */
  container: HTMLElement;
  /** A memory adapter behind the call log; returns how long seeding took. */
  setup(options: Parameters<typeof createMemoryAdapter>[0]): { seedMs: number };
  /** The adapter of the last `setup()`; throws before it. */
  adapter(): TeamkitAdapter;
  /** The adapter calls since `setup()`; a scenario empties it (`length = 0`) before what it times. */
  log(): TimedCall[];
  /** Renders `ui` inside a fresh provider (its own QueryClient, so nothing is cached). */
  mount(ui: ReactNode): void;
  /** Unmounts what is shown and returns a new root, for a reference rendered without the kit. */
  freshRoot(): Root;
  /** Resolves after the next frame has been produced (a task after the animation frame). */
  painted(): Promise<number>;
  /** Resolves when `condition()` holds, checked on every DOM change; rejects after `timeoutMs`. */
  until(condition: () => boolean, timeoutMs?: number): Promise<void>;
  /** When the next key goes down: a capturing listener on window runs before React's own (on the root). */
  keydown(): Promise<number>;
  /** The first element in the container matching `selector`. */
  query<T extends Element>(selector: string): T | null;
  /** Hands an armed timing to the driver, which reads it as `window.__benchPending` after the key or click. */
  setPending(result: Promise<unknown>): void;
}

/** The bench page over `container`. */
export function createBenchPage(container: HTMLElement): BenchPage {
  let root: Root | null = null;
  let adapter: TeamkitAdapter | null = null;
  let log: TimedCall[] = [];

  return {
    container,

    setup(options) {
      const start = performance.now();
      const wrapped = timedAdapter(createMemoryAdapter(options));
      adapter = wrapped.adapter;
      log = wrapped.log;
      return { seedMs: performance.now() - start };
    },

    adapter() {
      if (!adapter) throw new Error('call setup() first');
      return adapter;
    },

    log: () => log,

    mount(ui) {
      if (!adapter) throw new Error('call setup() first');
      root?.unmount();
      root = createRoot(container);
      root.render(
        <TeamkitProvider adapter={adapter} organizationId="org_acme">
          {ui}
        </TeamkitProvider>,
      );
    },

    freshRoot() {
      root?.unmount();
      root = createRoot(container);
      return root;
    },

    painted() {
      return new Promise((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
      );
    },

    until(condition, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        if (condition()) return resolve();
        const observer = new MutationObserver(() => {
          if (!condition()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    },

    keydown() {
      return new Promise((resolve) =>
        window.addEventListener('keydown', () => resolve(performance.now()), { once: true, capture: true }),
      );
    },

    query: (selector) => container.querySelector(selector),

    setPending(result) {
      (window as unknown as { __benchPending: Promise<unknown> }).__benchPending = result;
    },
  };
}
