/**
 * Test helpers shared by every component test (jsdom and Vitest browser mode): render inside a
 * TeamkitProvider over a fresh in-memory backend, and check a container with axe.
 */
import type { QueryClient } from '@tanstack/react-query';
import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
  memoryIds,
} from '../../src/adapters/memory/index.ts';
import type { TeamkitMessages } from '../../src/i18n/messages.ts';
import { TeamkitProvider } from '../../src/react/TeamkitProvider.tsx';
import { createTestQueryClient } from './render-teamkit-hook.tsx';

/** Options of renderWithTeamkit: the memory adapter's options, plus the provider's locale and messages. */
export interface RenderWithTeamkitOptions extends MemoryAdapterOptions {
  /** BCP 47 locale for the provider (`en` by default); `ar` renders right-to-left. */
  locale?: string;
  /** A message catalogue (English by default). */
  messages?: TeamkitMessages;
  /** An adapter built beforehand (to arm faults before the first request); the adapter options are then ignored. */
  adapter?: MemoryAdapter;
  /** The organization in scope (Acme by default). */
  organizationId?: string;
  /** Options passed on to RTL's render (except `wrapper`). */
  renderOptions?: Omit<RenderOptions, 'wrapper'>;
}

/** What renderWithTeamkit returns: RTL's result, the backend and the query client. */
export type RenderWithTeamkitResult = RenderResult & {
  /** The in-memory backend the UI talks to: arm faults, read `calls`, change the viewer. */
  adapter: MemoryAdapter;
  /** The query client (retries off, nothing garbage-collected during the test). */
  queryClient: QueryClient;
};

/**
 * Renders `ui` inside a TeamkitProvider over a fresh memory adapter (Acme, the admin signed in unless
 * `viewer` says otherwise) and a fresh QueryClient with retries off.
 */
export function renderWithTeamkit(
  ui: ReactElement,
  options: RenderWithTeamkitOptions = {},
): RenderWithTeamkitResult {
  const { locale, messages, adapter: given, organizationId, renderOptions, ...adapterOptions } = options;
  const adapter = given ?? createMemoryAdapter(adapterOptions);
  const queryClient = createTestQueryClient();
  const result = render(ui, {
    ...renderOptions,
    wrapper: ({ children }) => (
      <TeamkitProvider
        adapter={adapter}
        organizationId={organizationId ?? memoryIds.organization}
        queryClient={queryClient}
        {...(locale === undefined ? {} : { locale })}
        {...(messages === undefined ? {} : { messages })}
      >
        {children}
      </TeamkitProvider>
    ),
  });
  return Object.assign(result, { adapter, queryClient });
}

function isJsdom(): boolean {
  return typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);
}

/** One line per violation: rule, what it means, and where. */
function describeViolation(violation: axe.Result): string {
  const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
  return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${where}`;
}

/**
 * Fails the test on any axe violation inside `container`. `region` is off everywhere (a component is
 * embedded in the host's landmarks); `color-contrast` is off in jsdom, which has no layout or colours,
 * and stays on in the browser.
 */
export async function expectNoAxeViolations(container: Element, options: axe.RunOptions = {}): Promise<void> {
  const rules: axe.RuleObject = { region: { enabled: false }, ...options.rules };
  if (isJsdom()) rules['color-contrast'] = { enabled: false };
  const results = await axe.run(container, { ...options, rules });
  const problems = results.violations.map(describeViolation);
  expect(problems.length, `axe found violations:\n${problems.join('\n')}`).toBe(0);
}
