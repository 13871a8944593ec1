/**
 * The speed bench's page. `?scenario=members|profile|requests|huge|invite` sets up a memory adapter; bench/speed.mjs
 * then drives `window.__bench` from Playwright: every timing is taken here, in the page, with
 * performance.now(), and "painted" means the first animation frame after the change (plus a task).
 * Each scenario is its own module; what they share (the adapter, its call log, mounting, the waits) is
 * bench-page.tsx.
 */
import 'teamkit/styles.css';
import { createBenchPage } from './bench-page.tsx';
import { hugeDataScenario } from './huge-data.tsx';
import { invitePasteScenario } from './invite-paste.tsx';
import { membersScenario } from './members-table.tsx';
import { profileScenario } from './profile-editor.tsx';
import { requestsScenario } from './profile-requests.tsx';

const page = createBenchPage(document.getElementById('root') as HTMLElement);

const scenarios = {
  members: membersScenario(page),
  profile: profileScenario(page),
  requests: requestsScenario(page),
  huge: hugeDataScenario(page),
  invite: invitePasteScenario(page),
};
(window as unknown as { __bench: typeof scenarios }).__bench = scenarios;
document.documentElement.dataset.benchReady = '';
