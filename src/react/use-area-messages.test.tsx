import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient } from '../../test/support/render-teamkit-hook.tsx';
import { createMemoryAdapter, memoryIds } from '../adapters/memory/index.ts';
import { en } from '../i18n/en/index.ts';
import { memberDetails } from '../i18n/en/memberDetails.ts';
import { es } from '../i18n/es/index.ts';
import type { MessageOverrides, ProvidedMessages } from '../i18n/messages.ts';
import { TeamkitProvider } from './TeamkitProvider.tsx';
import { useAreaMessages } from './use-area-messages.ts';
import { useMessages } from './use-teamkit.ts';

/** Renders `hook` under a provider given `messages` and `overrides` (both optional). */
function renderUnder<T>(hook: () => T, messages?: ProvidedMessages, overrides?: MessageOverrides) {
  const adapter = createMemoryAdapter();
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TeamkitProvider
      adapter={adapter}
      organizationId={memoryIds.organization}
      queryClient={queryClient}
      messages={messages}
      overrides={overrides}
    >
      {children}
    </TeamkitProvider>
  );
  return renderHook(hook, { wrapper }).result.current;
}

describe('useAreaMessages', () => {
  it('by default, the provider carries only the essential areas and the component brings its own English', () => {
    expect(renderUnder(() => useMessages()).memberDetails).toBeUndefined();
    expect(renderUnder(() => useAreaMessages('memberDetails', memberDetails))).toBe(memberDetails);
  });

  it("lays a host's overrides for that area over the English the component brings", () => {
    const text = renderUnder(() => useAreaMessages('memberDetails', memberDetails), undefined, {
      memberDetails: { title: 'Teammate' },
    });
    expect(text.title).toBe('Teammate');
    expect(text.notSet).toBe(memberDetails.notSet);
  });

  it('takes the area from a whole catalogue the host passed, with its overrides', () => {
    expect(renderUnder(() => useAreaMessages('memberDetails', memberDetails), es)).toEqual(es.memberDetails);
    const text = renderUnder(() => useAreaMessages('metadata', en.metadata), en, {
      metadata: { legend: 'Tags' },
    });
    expect(text.legend).toBe('Tags');
  });
});
