// Setup for the jsdom `unit` project: jest-dom matchers on `expect`, and an unmounted DOM between tests
// (RTL only cleans up by itself when test globals are on, and they are off here).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
