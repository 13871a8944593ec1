// The ProfileEditor's part of the bench's speed rows (bench/speed-report.mjs): mount and keystroke, each
// against plain React forms (each in a page of its own), the fields a keystroke re-renders, and the requests the
// profile page makes to show and to save.
import { callsText, int, ms, spread } from './report-format.mjs';

/** Rows for the one table from the speed runs' ProfileEditor and profile-page figures. */
export function profileRows(runs) {
  const rows = [];
  const profileMount = spread(runs, (r) => r.profileMount.ms);
  const fields = Math.max(...runs.map((r) => r.profileMount.fields));
  rows.push([
    'ProfileEditor: mount 200 definitions → form painted',
    `${profileMount.text} (${fields} fields shown; memory adapter ${ms(spread(runs, (r) => r.profileMount.backendMs).median)})`,
    '—',
    '—',
  ]);
  // Two references, each in a page of its own: the same fields hand-written (the measure of the kit's
  // cost), and as many text inputs (the reference of earlier benches, kept for comparison).
  const references = [
    ['plain', `the same ${fields} fields hand-written as a plain React form`],
    ['plainText', `${fields} labelled text inputs and nothing else (earlier benches' reference)`],
  ];
  for (const [name, what] of references) {
    if (!runs.every((r) => r[`${name}Mount`])) continue;
    const mountRatio = spread(
      runs,
      (r) => r.profileMount.ms / r[`${name}Mount`].ms,
      (v) => `${v.toFixed(1)}×`,
    );
    rows.push([
      `ProfileEditor mount ÷ ${what}`,
      `${mountRatio.text} (plain form ${spread(runs, (r) => r[`${name}Mount`].ms).text})`,
      name === 'plain' ? '≤ 2×' : '—',
      name === 'plain' ? (mountRatio.median <= 2 ? 'met' : 'not met') : '—',
    ]);
  }
  const keystroke = spread(runs, (r) => r.profileKeystroke.ms);
  rows.push([
    'ProfileEditor: keystroke in one field → painted',
    `${keystroke.text}; ${int(spread(runs, (r) => r.profileRenders.commits, int).median)} React commit(s)`,
    '—',
    '—',
  ]);
  for (const [name, what] of references) {
    if (!runs.every((r) => r[`${name}Keystroke`])) continue;
    const ratio = spread(
      runs,
      (r) => r.profileKeystroke.ms / r[`${name}Keystroke`].ms,
      (v) => `${v.toFixed(1)}×`,
    );
    rows.push([
      `ProfileEditor keystroke ÷ the same keystroke in ${what}`,
      `${ratio.text} (plain form ${spread(runs, (r) => r[`${name}Keystroke`].ms).text})`,
      name === 'plain' ? '≤ 1.5×' : '—',
      name === 'plain' ? (ratio.median <= 1.5 ? 'met' : 'not met') : '—',
    ]);
  }
  const others = Math.max(...runs.map((r) => r.profileRenders.otherFieldsRendered));
  const example =
    runs.find((r) => r.profileRenders.otherFieldsRendered > 0)?.profileRenders.otherFieldKeys ?? [];
  rows.push([
    'ProfileEditor: OTHER fields re-rendered by that keystroke',
    `${others} (most in any run)${example.length ? `, e.g. ${example.join(', ')}` : ''}; the typed field ${runs.every((r) => r.profileRenders.typedFieldRendered) ? 'rendered' : 'did not render (uncontrolled)'}`,
    '0',
    others === 0 ? 'met' : 'not met',
  ]);
  const show = callsText(runs, (r) => r.requestsShow.calls);
  const trips = Math.max(...runs.map((r) => r.requestsShow.roundTrips));
  const showCounts = runs[0]?.requestsShow.calls ?? {};
  // The signed-in user comes from getCurrentUser (or getUser by id): one read of the user in all.
  const userReads = (calls) => (calls.getCurrentUser ?? 0) + (calls.getUser ?? 0);
  const showMethods = ['getCurrentUser', 'getUser', 'listAttributeDefinitions', 'getViewer'];
  const onceEach =
    runs.every(
      (r) =>
        userReads(r.requestsShow.calls) === 1 &&
        r.requestsShow.calls.listAttributeDefinitions === 1 &&
        (r.requestsShow.calls.getViewer ?? 0) <= 1,
    ) && runs.every((r) => Object.keys(r.requestsShow.calls).every((m) => showMethods.includes(m)));
  rows.push([
    'Profile page (ProfileEditor + a header reading the same user): requests to show it',
    `${show}; ${trips} round trip(s) at 40 ms latency (${runs[0]?.requestsShow.order ?? ''})`,
    'user + definitions (+ viewer), once each, in parallel, shared',
    `${onceEach ? 'once each and shared: met' : 'once each: not met'}; ${trips <= 1 ? 'parallel: met' : `parallel: not met (${trips} round trips${showCounts.getViewer ? ': the user waits for getViewer' : ''})`}`,
  ]);
  const save = callsText(runs, (r) => r.requestsSave.calls);
  const oneSave = runs.every(
    (r) => r.requestsSave.calls.updateUser === 1 && Object.keys(r.requestsSave.calls).length === 1,
  );
  rows.push([
    'Profile page: requests to save one changed field',
    `${save} (saved in ${spread(runs, (r) => r.requestsSave.ms).text})`,
    'one updateUser',
    oneSave ? 'met' : 'not met',
  ]);
  return rows;
}
