// Setup for the `storybook` project: the real keyboard of vitest/browser (Playwright's, through
// Chromium's input pipeline) for the stories that need keys no script can fake (.storybook/real-keyboard.ts).
import { userEvent } from 'vitest/browser';

globalThis.__teamkitRealKeyboard = async (keys: string) => {
  await userEvent.keyboard(keys);
};
