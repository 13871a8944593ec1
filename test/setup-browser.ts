// Setup for the real-Chromium `browser` project: jest-dom matchers, and an unmounted DOM between tests
// so one test's portals and live regions never leak into the next.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
