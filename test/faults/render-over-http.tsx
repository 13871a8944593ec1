/**
 * Renders a component the way a host's page runs it over its own server: `createHttpAdapter` pointed
 * at a fault-hub scenario, inside a TeamkitProvider with the kit's own QueryClient (its real retry
 * rules, not the tests' retries-off client). Short timeouts and backoffs keep the tests quick; the
 * behaviour is the same at production values.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createHttpAdapter } from '../../src/adapters/http/index.ts';
import { memoryIds } from '../../src/adapters/memory/index.ts';
import type { TeamkitAdapter } from '../../src/core/adapter.ts';
import { TeamkitProvider } from '../../src/react/TeamkitProvider.tsx';
import type { ScenarioOptions } from '../support/fault-hub.ts';
import { type FaultScenario, openScenario } from '../support/fault-scenario.ts';

/** How long one attempt may take before the adapter gives up on it, in these tests. */
export const testTimeoutMs = 1500;

/** A rendered component over HTTP, and the scenario behind it. */
export interface RenderedOverHttp {
  scenario: FaultScenario;
  adapter: TeamkitAdapter;
}

/** Opens a scenario, creates the HTTP adapter against it and renders `ui` over it. */
export async function renderOverHttp(
  ui: ReactElement,
  options: ScenarioOptions & { before?: (scenario: FaultScenario) => Promise<void> } = {},
): Promise<RenderedOverHttp> {
  const { before, ...scenarioOptions } = options;
  const scenario = await openScenario(scenarioOptions);
  const adapter = await createHttpAdapter({
    baseUrl: scenario.baseUrl,
    timeoutMs: testTimeoutMs,
    retryDelayMs: 50,
  });
  // Faults scripted here strike the component's first reads (the capabilities are already read).
  await before?.(scenario);
  render(
    <TeamkitProvider adapter={adapter} organizationId={memoryIds.organization}>
      {ui}
    </TeamkitProvider>,
  );
  return { scenario, adapter };
}
