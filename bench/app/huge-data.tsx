/**
 * The bench's huge-data scenario: a backend sending 5,000 metadata keys (one holding 1 MB) on the
 * organization and on a member, and 2,000 attribute definitions. Each component is mounted to its
 * "cut short" message painted, and the longest main-thread task seen on the way is kept (a page that
 * stays responsive has no task of seconds). The timings are the bench's; tests only prove the messages.
 */
import type { ReactNode } from 'react';
import { MemberDetails, OrganizationSettings, ProfileEditor } from 'teamkit';
import type { MemoryAdapterOptions } from 'teamkit/adapters/memory';

/** What the scenario needs from the bench page (bench/app/bench-page.tsx). */
export interface HugeDataPage {
  setup(options: MemoryAdapterOptions): { seedMs: number };
  mount(ui: ReactNode): void;
  until(condition: () => boolean, timeoutMs?: number): Promise<void>;
  painted(): Promise<number>;
  container: HTMLElement;
}

const organizationId = 'org_acme';
/** The seeded plain member (see the memory adapter's memoryIds.member). */
const memberId = 'usr_96194455173800002';

/** 5,000 keys, the first (in key order) holding a 1 MB string. */
function hugeBag(): Record<string, string> {
  const bag: Record<string, string> = { aaa_huge: 'x'.repeat(1024 * 1024) };
  for (let index = 1; index < 5000; index += 1)
    bag[`key_${String(index).padStart(4, '0')}`] = `value ${index}`;
  return bag;
}

/** Mounts `ui`, waits for `selector`, and returns the time to painted and the longest task meanwhile. */
async function timedMount(page: HugeDataPage, ui: ReactNode, selector: string) {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  page.mount(ui);
  await page.until(() => page.container.querySelector(selector) !== null);
  const ms = (await page.painted()) - start;
  observer.disconnect();
  return { ms, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length };
}

/** The scenario driven by bench/speed.mjs as `window.__bench.huge`. */
export function hugeDataScenario(page: HugeDataPage) {
  return {
    setup: () =>
      page.setup({
        latency: 0,
        prepare: (data) => {
          const organization = data.organizations[organizationId];
          if (organization) data.organizations[organizationId] = { ...organization, metadata: hugeBag() };
          const user = data.users[memberId];
          if (user) data.users[memberId] = { ...user, userMetadata: hugeBag(), appMetadata: hugeBag() };
          data.definitions = Array.from({ length: 2000 }, (_, index) => ({
            key: `field_${index}`,
            scope: 'custom',
            label: `Field ${index}`,
            type: 'text',
            required: false,
            policy: { write: 'user', source: 'user' },
          }));
        },
      }),
    organization: () => timedMount(page, <OrganizationSettings />, '[data-part="shown-pairs"]'),
    member: () => timedMount(page, <MemberDetails userId={memberId} />, '[data-part="shown-pairs"]'),
    profile: () => timedMount(page, <ProfileEditor />, '[data-part="fields-left-out"]'),
  };
}
