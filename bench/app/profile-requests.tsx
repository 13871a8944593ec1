/**
 * The bench's requests scenario: the profile page a host might build (the ProfileEditor beside a header
 * reading the same user, viewer and definitions) over a backend 40 ms away, counting the adapter calls
 * and round trips it takes to show it and then to save one changed field.
 */
import { ProfileEditor, useAttributeDefinitions, useUser, useViewer } from 'teamkit';
import type { BenchPage } from './bench-page.tsx';
import { benchDefinitions } from './definitions.ts';
import { profileReady } from './profile-editor.tsx';
import { countByMethod, roundTrips } from './timed-adapter.ts';

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

/** The scenario driven by bench/speed.mjs as `window.__bench.requests`. */
export function requestsScenario(page: BenchPage) {
  const { until, painted, query } = page;
  return {
    setup: () => page.setup({ latency: 40, definitions: benchDefinitions(20) }),

    /** The profile page (editor + a header sharing its data) to painted; every adapter call it made. */
    async mount() {
      const log = page.log();
      log.length = 0;
      const start = performance.now();
      page.mount(
        <>
          <ProfileHeader />
          <ProfileEditor />
        </>,
      );
      await until(() => profileReady(page));
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
      const log = page.log();
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
      page.setPending(result);
    },
  };
}
