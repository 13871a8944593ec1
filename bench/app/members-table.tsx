/**
 * The bench's members scenario: a MembersTable over 10,000 members, mounted to its first rows painted,
 * scrolled (a fling and a steady wheel, every frame's length kept), compared with a plain virtualized
 * table over the same members, and searched (a keystroke to its character and to the new rows painted).
 */
import { MembersTable } from 'teamkit';
import type { BenchPage } from './bench-page.tsx';
import { loadAllMembers, PlainMembersTable } from './plain-table.tsx';
import { backendTime, countByMethod } from './timed-adapter.ts';

/** The longest a scroll through the members may take before the bench stops it. */
const scrollTimeoutMs = 30_000;

/** The scenario driven by bench/speed.mjs and bench/scroll-speed.mjs as `window.__bench.members`. */
export function membersScenario(page: BenchPage) {
  const { container, until, painted, query } = page;
  const rows = () => container.querySelectorAll('tr[data-user-id]');
  const rowIds = () => [...rows()].map((row) => row.getAttribute('data-user-id')).join(',');

  return {
    setup: () => page.setup({ memberCount: 10_000, latency: 0 }),

    /** Mount to the first rows painted; `backendMs` is the memory adapter's share (it runs in this page). */
    async mount() {
      const log = page.log();
      log.length = 0;
      const start = performance.now();
      page.mount(<MembersTable />);
      await until(() => rows().length > 0);
      const end = await painted();
      return {
        ms: end - start,
        backendMs: backendTime(log, start, end),
        rows: rows().length,
        calls: countByMethod(log),
      };
    },

    /**
     * Scrolls the rows area `pxPerFrame` per animation frame until the last of the 10,000 members is on
     * screen (pages load as the end nears), or member `stopAtMember` when given, recording every frame's
     * length and the rows in the DOM. Gives up after `scrollTimeoutMs` and says how far it got.
     */
    scroll(
      pxPerFrame: number,
      stopAtMember?: number,
      scrollerSelector = '[data-part="members-scroller"]',
    ): Promise<Record<string, number | boolean>> {
      const scroller = query<HTMLElement>(scrollerSelector);
      if (!scroller) throw new Error(`no ${scrollerSelector}`);
      const total = Number(query('table')?.getAttribute('aria-rowcount') ?? 0);
      const rowHeight = rows()[0]?.getBoundingClientRect().height ?? 0;
      const log = page.log();
      log.length = 0;
      return new Promise((resolve) => {
        const frames: number[] = [];
        let maxRows = 0;
        let furthestRow = 0;
        let last = performance.now();
        const start = last;
        const step = (now: number) => {
          frames.push(now - last);
          last = now;
          maxRows = Math.max(maxRows, rows().length);
          const lastShown = [...rows()].at(-1)?.getAttribute('aria-rowindex');
          furthestRow = Math.max(furthestRow, Number(lastShown ?? 1) - 1);
          const atEnd =
            stopAtMember === undefined
              ? scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2
              : furthestRow >= stopAtMember;
          const lastRowShown = stopAtMember !== undefined || query(`tr[aria-rowindex="${total}"]`) !== null;
          if ((atEnd && lastRowShown) || now - start > scrollTimeoutMs) {
            const sorted = frames.slice(1).sort((a, b) => a - b);
            resolve({
              reachedEnd: atEnd && lastRowShown,
              furthestMember: furthestRow,
              ms: now - start,
              frames: sorted.length,
              over16ms: sorted.filter((f) => f > 16.7).length,
              over33ms: sorted.filter((f) => f > 33.4).length,
              p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
              maxFrameMs: sorted.at(-1) ?? 0,
              maxRowsInDom: maxRows,
              rowHeight,
              pagesFetched: countByMethod(log).listMembers ?? 0,
              backendMs: backendTime(log, start, now),
            });
            return;
          }
          scroller.scrollTop += pxPerFrame;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },

    /**
     * The reference: every member loaded first (not timed), then the plain virtualized table, rows
     * `rowHeight` high, mounted to its first rows painted. Scroll it with
     * `scroll(px, members, '[data-plain-scroller]')`.
     */
    async mountReference(rowHeight: number) {
      const all = await loadAllMembers(page.adapter(), 'org_acme');
      const root = page.freshRoot();
      const start = performance.now();
      root.render(<PlainMembersTable members={all} rowHeight={rowHeight} />);
      await until(() => rows().length > 0);
      return { ms: (await painted()) - start, members: all.length };
    },

    /** Focuses the search box and arms the timer; the key itself comes from Playwright. */
    armSearch() {
      const input = query<HTMLInputElement>('[data-part="members-search"]');
      if (!input) throw new Error('no members-search');
      input.focus();
      const log = page.log();
      log.length = 0;
      const before = rowIds();
      const typed = page.keydown();
      const result = typed.then(async (start) => {
        const echo = new Promise<number>((resolve) =>
          input.addEventListener('input', () => void painted().then(resolve), { once: true }),
        );
        await until(() => rowIds() !== before && query('table[aria-busy]') === null);
        const end = await painted();
        const fetch = log.find((call) => call.method === 'listMembers');
        return {
          echoMs: (await echo) - start,
          rowsMs: end - start,
          waitBeforeRequestMs: fetch ? fetch.start - start : Number.NaN,
          backendMs: backendTime(log, start, end),
          rows: rows().length,
        };
      });
      page.setPending(result);
    },
  };
}
