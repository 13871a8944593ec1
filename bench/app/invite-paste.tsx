/**
 * The bench's invite-paste scenario: 300 addresses pasted into InviteMemberDialog, timed until every
 * address's lookup (is this person already a member?) has answered and the chips say so. The backend
 * answers each lookup after `lookupLatencyMs` and the dialog runs 4 at a time, so the floor is
 * 300 / 4 × 15 ms; the rest is the page's own work, whose long tasks (over 50 ms) are kept: the longest,
 * how many, and their sum. The timings are the bench's; the bulk
 * Chromium test only proves the lookups are bounded.
 */
import type { ReactNode } from 'react';
import { InviteMemberDialog } from 'teamkit';
import type { MemoryAdapterOptions } from 'teamkit/adapters/memory';

/** What the scenario needs from the bench page (bench/app/bench-page.tsx). */
export interface InvitePastePage {
  setup(options: MemoryAdapterOptions): { seedMs: number };
  mount(ui: ReactNode): void;
  until(condition: () => boolean, timeoutMs?: number): Promise<void>;
  painted(): Promise<number>;
  container: HTMLElement;
}

/** How many addresses are pasted. */
export const pastedAddresses = 300;
/** How long the memory backend takes per lookup. */
export const lookupLatencyMs = 15;
/** How many lookups the dialog runs at once (use-recipient-lookup.ts). */
const lookupConcurrency = 4;

/** The scenario driven by bench/speed.mjs as `window.__bench.invite`. */
export function invitePasteScenario(page: InvitePastePage) {
  const chips = () => page.container.ownerDocument.querySelectorAll('[data-part="recipient"]');
  const checking = () =>
    page.container.ownerDocument.querySelectorAll('[data-part="recipient"][data-state="checking"]');
  return {
    setup: () => page.setup({ latency: lookupLatencyMs }),

    /** Opens the dialog, pastes the addresses, and times until no chip is still checking. */
    async paste() {
      page.mount(<InviteMemberDialog defaultOpen trigger={null} />);
      const doc = page.container.ownerDocument;
      await page.until(() => doc.querySelector('[data-part="recipient-input"]') !== null);
      await page.painted();
      const input = doc.querySelector('[data-part="recipient-input"]') as HTMLInputElement;
      const addresses = Array.from({ length: pastedAddresses }, (_, index) => `person${index}@bulk.example`);
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', addresses.join('\n'));

      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const start = performance.now();
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      await page.until(() => chips().length === pastedAddresses);
      const chipsMs = (await page.painted()) - start;
      await page.until(() => checking().length === 0, 120_000);
      const ms = (await page.painted()) - start;
      observer.disconnect();
      return {
        ms,
        chipsMs,
        floorMs: Math.ceil(pastedAddresses / lookupConcurrency) * lookupLatencyMs,
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
        longTasksMs: tasks.reduce((sum, task) => sum + task, 0),
      };
    },
  };
}
