'use client';
import type { TeamkitCapabilities } from '../core/capabilities.ts';
import { useTeamkit } from './use-teamkit.ts';

/** What the provider's backend declares it can do; components offer only what it declares. */
export function useCapabilities(): TeamkitCapabilities {
  return useTeamkit().adapter.capabilities;
}
