/**
 * What the global loader in preview.tsx hands every story, and the toolbar's choices. Stories import the
 * types and `teamkitOf` from here; the values are built in preview.tsx.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { MemoryAdapter, MemoryAdapterOptions } from '../src/adapters/memory/index.ts';
import type { TeamkitErrorCode } from '../src/core/errors.ts';

/** The options `parameters.teamkit` accepts: exactly `createMemoryAdapter`'s. */
export type TeamkitStoryOptions = MemoryAdapterOptions;

/** The in-memory adapter a story runs on (with `faults`, `calls`, `setViewer` …). */
export type StoryAdapter = MemoryAdapter;

/** `context.loaded.teamkit`: the story's own adapter and query client, fresh for every render. */
export interface TeamkitLoaded {
  /** The story's backend; a play function may arm faults on it or read `calls`. */
  adapter: StoryAdapter;
  /** The story's query client (retries off, so a failure shows at once). */
  queryClient: QueryClient;
}

/** The toolbar's themes. */
export type ThemeGlobal = 'light' | 'dark';
/** The toolbar's directions: `auto` follows the locale (Arabic is right-to-left). */
export type DirectionGlobal = 'auto' | 'ltr' | 'rtl';
/** The shipped catalogues. */
export type LocaleGlobal = 'en' | 'es' | 'de' | 'ar';
/** `story` keeps the story's own latency (none unless `parameters.teamkit.latency` says). */
export type LatencyGlobal = 'story' | '0' | '300' | '1500';
/** `off`, or the error code the next request fails with. */
export type FailNextGlobal = 'off' | TeamkitErrorCode;
/** Whether the armed failure hits the next change (a save, an invite …) or the very next request (loading). */
export type FailWhenGlobal = 'change' | 'load';

/** The adapter and query client of a story, from a play function's or loader's context. */
export function teamkitOf(context: { loaded: Record<string, unknown> }): TeamkitLoaded {
  const loaded = context.loaded.teamkit as TeamkitLoaded | undefined;
  if (!loaded) throw new Error('This story has no Teamkit adapter (parameters.teamkit is false).');
  return loaded;
}
