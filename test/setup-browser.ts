// Setup for the real-Chromium `browser` project: jest-dom matchers, and an unmounted DOM between tests
// so one test's portals and live regions never leak into the next.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first open of a lazy part (the invite dialog's layer) is a module fetch from Vite's dev server;
// on 2 loaded cores that took over Testing Library's default 1 s. Waiting longer never passes a wrong
// result: a `findBy*` still fails when the element never comes.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
