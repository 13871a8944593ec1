/**
 * Typing through the browser's own input pipeline, for the few states only real keys reach: a date
 * input holding segments it cannot read (31 February) is one, since a script can neither set nor
 * simulate `validity.badInput`. Under Vitest (the storybook project) test/setup-storybook.ts provides
 * it from `vitest/browser`; in the Storybook UI there is none, and such a story says so and stops.
 */

/** Presses keys as a person does (user-event's keyboard syntax: `{Enter}`, `{Control>}a{/Control}`). */
export type RealKeyboard = (keys: string) => Promise<void>;

declare global {
  var __teamkitRealKeyboard: RealKeyboard | undefined;
}

/** The real keyboard, when the story runs under Vitest; undefined in the Storybook UI. */
export function realKeyboard(): RealKeyboard | undefined {
  return globalThis.__teamkitRealKeyboard;
}
