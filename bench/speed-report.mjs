// The speed part of the bench's report (bench/report.mjs): the MembersTable's rows in the one table, then
// the responsiveness over large data, then the ProfileEditor's (profile-report.mjs); and every run's raw
// figures for the details.
import { profileRows } from './profile-report.mjs';
import { int, ms, spread, table } from './report-format.mjs';

// The members table's search debounce (searchDebounceMs in use-members-table.ts): how much of a search's
// time is waiting on purpose.
const searchDebounceMs = 250;

/** Rows for the one table from the speed runs, or one row saying why speed was not measured. */
export function speedRows(speed) {
  if (!speed) return [];
  if (speed.error) return [['Speed in Chromium', speed.error, '—', '—']];
  return [...membersTableRows(speed), ...largeDataRows(speed.runs), ...profileRows(speed.runs)];
}

/** The MembersTable over 10,000 members: mount, scrolling (against a plain table), rows in the DOM, search. */
function membersTableRows(speed) {
  const runs = speed.runs;
  const rows = [];
  const mount = spread(runs, (r) => r.membersMount.ms);
  const mountBackend = spread(runs, (r) => r.membersMount.backendMs);
  rows.push([
    'MembersTable: mount over 10,000 members → first rows painted',
    `${mount.text}; memory adapter ${ms(mountBackend.median)} of it (${int((100 * mountBackend.median) / mount.median)} %)`,
    '—',
    '—',
  ]);
  for (const kind of ['fling', 'steady']) {
    const of = (r) => (kind === 'fling' ? r.membersScroll : r.membersSteadyScroll);
    if (!runs.every(of)) continue;
    const scroll = (pick) => spread(runs, (r) => pick(of(r)), int);
    const frames = scroll((s) => s.frames);
    const over16 = scroll((s) => s.over16ms);
    const over33 = scroll((s) => s.over33ms);
    const took = scroll((s) => s.ms);
    const backend = scroll((s) => s.backendMs);
    const reached = runs.every((r) => of(r).reachedEnd);
    const label =
      kind === 'fling'
        ? `MembersTable: scroll through all 10,000 (${speed.scrollPxPerFrame.toLocaleString('en-US')} px a frame, a new screenful each frame; pages load on the way)`
        : `MembersTable: steady scroll through the first ${speed.steadyScrollMembers.toLocaleString('en-US')} (${speed.steadyScrollPxPerFrame} px a frame, like a wheel; pages load on the way)`;
    rows.push([
      label,
      `${reached ? '' : `did NOT get there in 30 s (got to member ${int(scroll((s) => s.furthestMember).median)}); `}${int(over16.median)} of ${int(frames.median)} frames over 16.7 ms (${int((100 * over16.median) / frames.median)} %), ${int(over33.median)} over 33.4 ms; p95 frame ${ms(scroll((s) => s.p95FrameMs).median)}, longest ${ms(scroll((s) => s.maxFrameMs).median)}; ${ms(took.median)} in all, memory adapter ${ms(backend.median)} of it; ${int(scroll((s) => s.pagesFetched).median)} pages fetched`,
      'few frames over 16 ms',
      '—',
    ]);
  }
  if (runs.every((r) => r.membersSteadyScroll && r.plainSteadyScroll)) {
    // Mean frame length, kit over plain, each run's pair measured in the same browser minutes apart.
    const meanFrame = (s) => s.ms / s.frames;
    const ratio = spread(
      runs,
      (r) => meanFrame(r.membersSteadyScroll) / meanFrame(r.plainSteadyScroll),
      (v) => `${v.toFixed(2)}×`,
    );
    const plain = (pick) => spread(runs, (r) => pick(r.plainSteadyScroll), int);
    rows.push([
      'MembersTable steady scroll ÷ a plain virtualized table (same members, same library, text cells, no kit)',
      `${ratio.text} the mean frame; plain table: ${int(plain((s) => s.over16ms).median)} of ${int(plain((s) => s.frames).median)} frames over 16.7 ms, p95 frame ${ms(plain((s) => s.p95FrameMs).median)}`,
      '≤ 1.15×',
      ratio.median <= 1.15 ? 'met' : 'not met',
    ]);
  }
  const maxRows = Math.max(
    ...runs.flatMap((r) => [r.membersScroll.maxRowsInDom, r.membersSteadyScroll?.maxRowsInDom ?? 0]),
  );
  rows.push([
    'MembersTable: most member rows in the DOM while scrolling',
    `${maxRows} (of 10,000)`,
    'a screenful, whatever the count',
    maxRows <= 60 ? 'met' : 'not met',
  ]);
  const echo = spread(runs, (r) => r.membersSearch.echoMs);
  const rowsMs = spread(runs, (r) => r.membersSearch.rowsMs);
  const wait = spread(runs, (r) => r.membersSearch.waitBeforeRequestMs);
  const searchBackend = spread(runs, (r) => r.membersSearch.backendMs);
  rows.push(['MembersTable: search keystroke → character painted', echo.text, '—', '—']);
  rows.push([
    'MembersTable: search keystroke → new rows painted',
    `${rowsMs.text}: request sent after ${ms(wait.median)} (${searchDebounceMs} ms debounce), memory adapter ${ms(searchBackend.median)}, rest ${ms(rowsMs.median - wait.median - searchBackend.median)}`,
    '—',
    '—',
  ]);
  return rows;
}

/** Large data stays responsive: huge metadata and definition lists, and a 300-address paste. */
function largeDataRows(runs) {
  const rows = [];
  const hugeLabels = {
    organization: 'OrganizationSettings: 5,000 metadata keys, one of 1 MB → first 200 pairs painted',
    member: 'MemberDetails: 5,000 user and 5,000 app metadata keys, 1 MB values → painted',
    profile: 'ProfileEditor: 2,000 definitions from the backend → first 500 fields painted',
  };
  for (const [component, label] of Object.entries(hugeLabels)) {
    if (!runs.every((r) => r[`huge_${component}`])) continue;
    const pick = (f) => spread(runs, (r) => f(r[`huge_${component}`]));
    const cpu = runs.every((r) => r[`huge_${component}`].longestTaskCpuMs !== undefined)
      ? ` (main-thread CPU ${ms(pick((h) => h.longestTaskCpuMs).median)})`
      : '';
    rows.push([
      label,
      `${pick((h) => h.ms).text}; longest task ${ms(pick((h) => h.longestTaskMs).median)}${cpu}, ${int(pick((h) => h.longTasks).median)} tasks over 50 ms`,
      'responsive: no task of seconds',
      '—',
    ]);
  }
  if (runs.every((r) => r.invitePaste)) {
    const pick = (f, format) => spread(runs, (r) => f(r.invitePaste), format);
    const floor = runs[0].invitePaste.floorMs;
    rows.push([
      'InviteMemberDialog: 300 addresses pasted → every lookup answered on the chips (15 ms a lookup, 4 at a time)',
      `${pick((p) => p.ms).text}, ${
        pick(
          (p) => p.ms / p.floorMs,
          (v) => `${v.toFixed(1)}×`,
        ).text
      } the backend's floor of ${ms(floor)}; chips painted after ${ms(pick((p) => p.chipsMs).median)}; main-thread CPU ${ms(pick((p) => p.mainThreadCpuMs ?? Number.NaN).median)}, longest task ${ms(pick((p) => p.longestTaskMs).median)} (CPU ${ms(pick((p) => p.longestTaskCpuMs ?? Number.NaN).median)})`,
      'responsive: no task of seconds',
      '—',
    ]);
  }
  return rows;
}

/** Every run's raw figures, for whoever wants more than the medians. */
export function speedDetails(speed) {
  const header = [
    'run',
    'table mount',
    'fling frames >16.7 ms',
    'steady frames >16.7 ms',
    'rows in DOM',
    'search → rows',
    'profile mount',
    'keystroke',
    'other fields',
    'show: calls',
    'save: calls',
  ];
  const rows = speed.runs.map((r, index) => [
    index + 1,
    ms(r.membersMount.ms),
    `${r.membersScroll.over16ms}/${r.membersScroll.frames}`,
    r.membersSteadyScroll ? `${r.membersSteadyScroll.over16ms}/${r.membersSteadyScroll.frames}` : '—',
    r.membersScroll.maxRowsInDom,
    ms(r.membersSearch.rowsMs),
    ms(r.profileMount.ms),
    ms(r.profileKeystroke.ms),
    r.profileRenders.otherFieldsRendered,
    Object.values(r.requestsShow.calls).reduce((a, b) => a + b, 0),
    Object.values(r.requestsSave.calls).reduce((a, b) => a + b, 0),
  ]);
  return ['### Speed, every run', '', table(header, rows)].join('\n');
}
