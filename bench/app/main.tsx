/**
 * The speed bench's page. `?scenario=members|profile|requests|huge|invite` sets up a memory adapter; bench/speed.mjs
 * then drives `window.__bench` from Playwright: every timing is taken here, in the page, with
 * performance.now(), and "painted" means the first animation frame after the change (plus a task).
 */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  MembersTable,
  ProfileEditor,
  type TeamkitAdapter,
  TeamkitProvider,
  useAttributeDefinitions,
  useUser,
  useViewer,
} from 'teamkit';
import { createMemoryAdapter } from 'teamkit/adapters/memory';
import 'teamkit/styles.css';
import { benchDefinitions } from './definitions.ts';
import { fiberRootOf, listenToFieldRenders } from './field-renders.ts';
import { hugeDataScenario } from './huge-data.tsx';
import { invitePasteScenario } from './invite-paste.tsx';
import { loadAllMembers, PlainMembersTable } from './plain-table.tsx';
import { backendTime, countByMethod, roundTrips, type TimedCall, timedAdapter } from './timed-adapter.ts';

const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;
let adapter: TeamkitAdapter | null = null;
let log: TimedCall[] = [];

/** Resolves after the next frame has been produced (a task after the animation frame). */
function painted(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );
}

/** Resolves when `condition()` holds, checked on every DOM change; rejects after `timeoutMs`. */
function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const observer = new MutationObserver(() => {
      if (!condition()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** A memory adapter behind the call log; returns how long seeding took. */
function setup(options: Parameters<typeof createMemoryAdapter>[0]): { seedMs: number } {
  const start = performance.now();
  const wrapped = timedAdapter(createMemoryAdapter(options));
  adapter = wrapped.adapter;
  log = wrapped.log;
  return { seedMs: performance.now() - start };
}

/** Renders `ui` inside a fresh provider (its own QueryClient, so nothing is cached). */
function mount(ui: ReactNode) {
  if (!adapter) throw new Error('call setup() first');
  root?.unmount();
  root = createRoot(container);
  root.render(
    <TeamkitProvider adapter={adapter} organizationId="org_acme">
      {ui}
    </TeamkitProvider>,
  );
}

/** When the next key goes down: a capturing listener on window runs before React's own (on the root). */
function keydown(): Promise<number> {
  return new Promise((resolve) =>
    window.addEventListener('keydown', () => resolve(performance.now()), { once: true, capture: true }),
  );
}

const rows = () => container.querySelectorAll('tr[data-user-id]');
const rowIds = () => [...rows()].map((row) => row.getAttribute('data-user-id')).join(',');
const query = <T extends Element>(selector: string) => container.querySelector<T>(selector);

/** What a host's profile page might show beside the editor: it shares the editor's data. */
function ProfileHeader() {
  const viewer = useViewer();
  const user = useUser();
  const definitions = useAttributeDefinitions();
  return (
    <header>
      <h1>{user.data?.email ?? '…'}</h1>
      <p>
        {viewer.data ? 'signed in' : '…'} · {definitions.data?.definitions.length ?? 0} fields
      </p>
    </header>
  );
}

/** The longest a scroll through the members may take before the bench stops it. */
const scrollTimeoutMs = 30_000;

/**
 * The reference the ProfileEditor is compared with in the same page: a hand-written React form with the
 * same number of labelled, uncontrolled inputs and nothing else (no data, no validation, no state).
 */
function PlainForm({ count }: { count: number }) {
  return (
    <form data-plain-form="">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders.
        <div key={index}>
          <label htmlFor={`plain-${index}`}>Field {index + 1}</label>
          <input id={`plain-${index}`} name={`plain-${index}`} defaultValue="" />
        </div>
      ))}
    </form>
  );
}

const profileReady = () => query('[data-part="profile-editor"]')?.getAttribute('data-state') === 'idle';

const members = {
  setup: () => setup({ memberCount: 10_000, latency: 0 }),

  /** Mount to the first rows painted; `backendMs` is the memory adapter's share (it runs in this page). */
  async mount() {
    log.length = 0;
    const start = performance.now();
    mount(<MembersTable />);
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
    if (!adapter) throw new Error('call setup() first');
    const all = await loadAllMembers(adapter, 'org_acme');
    root?.unmount();
    root = createRoot(container);
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
    log.length = 0;
    const before = rowIds();
    const typed = keydown();
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
    (window as unknown as { __benchPending: Promise<unknown> }).__benchPending = result;
  },
};

const profile = {
  setup: () => setup({ latency: 0, definitions: benchDefinitions(200) }),

  /** Mount to the form painted with all its fields. */
  async mount() {
    log.length = 0;
    const start = performance.now();
    mount(<ProfileEditor />);
    await until(profileReady);
    const end = await painted();
    return {
      ms: end - start,
      backendMs: backendTime(log, start, end),
      fields: container.querySelectorAll('[data-part="profile-field"]').length,
    };
  },

  /** The reference: the plain form with `count` inputs, mounted to painted (the bench mounts it in a page of its own). */
  async mountReference(count: number) {
    root?.unmount();
    root = createRoot(container);
    const start = performance.now();
    root.render(<PlainForm count={count} />);
    await until(() => container.querySelectorAll('[data-plain-form] input').length === count);
    return { ms: (await painted()) - start };
  },

  /** Times the next keystroke in the reference form's middle input to painted. */
  armReferenceKeystroke() {
    const inputs = container.querySelectorAll<HTMLInputElement>('[data-plain-form] input');
    const input = inputs[Math.floor(inputs.length / 2)];
    if (!input) throw new Error('no reference form');
    input.focus();
    const result = keydown().then(async (start) => {
      await new Promise<void>((resolve) => input.addEventListener('input', () => resolve(), { once: true }));
      return { ms: (await painted()) - start };
    });
    (window as unknown as { __benchPending: Promise<unknown> }).__benchPending = result;
  },

  /**
   * Focuses one field's input and times the next keystroke to painted; with `countRenders`, also counts
   * the fields that rendered. Counting walks React's tree on every commit, inside the commit, so it
   * would inflate the time: the bench times one keystroke and counts another, each in a fresh page.
   * The key itself comes from Playwright.
   */
  armKeystroke(fieldKey: string, countRenders: boolean) {
    const input = query<HTMLInputElement>(`[data-part="profile-field"][data-key="${fieldKey}"] input`);
    const fiberRoot = fiberRootOf(container);
    if (!input || !fiberRoot) throw new Error(`no input for ${fieldKey}`);
    input.focus();
    const result = keydown().then(async (start) => {
      const listener = countRenders ? listenToFieldRenders(fiberRoot) : null;
      await new Promise<void>((resolve) => input.addEventListener('input', () => resolve(), { once: true }));
      const end = await painted();
      if (!listener) return { ms: end - start };
      // Anything the keystroke schedules later (validation, a status line) still counts.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const renders = listener.stop();
      const others = [...renders.renderedFields].filter((key) => key !== fieldKey);
      return {
        commits: renders.commits,
        typedFieldRendered: renders.renderedFields.has(fieldKey),
        otherFieldsRendered: others.length,
        otherFieldKeys: others.slice(0, 5),
      };
    });
    (window as unknown as { __benchPending: Promise<unknown> }).__benchPending = result;
  },
};

const requests = {
  setup: () => setup({ latency: 40, definitions: benchDefinitions(20) }),

  /** The profile page (editor + a header sharing its data) to painted; every adapter call it made. */
  async mount() {
    log.length = 0;
    const start = performance.now();
    mount(
      <>
        <ProfileHeader />
        <ProfileEditor />
      </>,
    );
    await until(profileReady);
    const end = await painted();
    await new Promise((resolve) => setTimeout(resolve, 200)); // late or duplicate calls still count
    return {
      ms: end - start,
      calls: countByMethod(log),
      roundTrips: roundTrips(log),
      order: log.map((call) => `${call.method}@${Math.round(call.start - start)}`).join(' '),
    };
  },

  /** Clears the log before Save is clicked; times from the click to the saved state painted. */
  armSave() {
    log.length = 0;
    let start = performance.now();
    window.addEventListener(
      'click',
      () => {
        start = performance.now();
      },
      { once: true, capture: true },
    );
    const result = until(
      () => query('[data-part="profile-editor"]')?.getAttribute('data-state') === 'saved',
    ).then(async () => {
      const end = await painted();
      await new Promise((resolve) => setTimeout(resolve, 300)); // a refetch after saving still counts
      return { ms: end - start, calls: countByMethod(log), roundTrips: roundTrips(log) };
    });
    (window as unknown as { __benchPending: Promise<unknown> }).__benchPending = result;
  },
};

const huge = hugeDataScenario({ setup, mount, until, painted, container });

const invite = invitePasteScenario({ setup, mount, until, painted, container });

const scenarios = { members, profile, requests, huge, invite };
(window as unknown as { __bench: typeof scenarios }).__bench = scenarios;
document.documentElement.dataset.benchReady = '';
