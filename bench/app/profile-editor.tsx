/**
 * The bench's profile scenario: a ProfileEditor over 200 definitions, mounted to the form painted and
 * timed for one keystroke (and, in another page, the fields that keystroke re-rendered), each beside the
 * same steps in the plain React forms of plain-form.tsx (each in a page of its own).
 */
import { ProfileEditor } from 'teamkit';
import type { BenchPage } from './bench-page.tsx';
import { benchDefinitions, keystrokeFieldKey } from './definitions.ts';
import { fiberRootOf, listenToFieldRenders } from './field-renders.ts';
import { PlainForm, PlainTextForm, plainControlId } from './plain-form.tsx';
import { backendTime } from './timed-adapter.ts';

/** Whether the ProfileEditor in `page` has loaded and shows its form (`data-state="idle"`). */
export const profileReady = (page: BenchPage) =>
  page.query('[data-part="profile-editor"]')?.getAttribute('data-state') === 'idle';

/** The scenario driven by bench/speed.mjs and bench/profile-speed.mjs as `window.__bench.profile`. */
export function profileScenario(page: BenchPage) {
  const { container, until, painted, query } = page;
  return {
    setup: () => page.setup({ latency: 0, definitions: benchDefinitions(200) }),

    /** Mount to the form painted with all its fields. */
    async mount() {
      const log = page.log();
      log.length = 0;
      const start = performance.now();
      page.mount(<ProfileEditor />);
      await until(() => profileReady(page));
      const end = await painted();
      return {
        ms: end - start,
        backendMs: backendTime(log, start, end),
        fields: container.querySelectorAll('[data-part="profile-field"]').length,
      };
    },

    /**
     * A reference, mounted to painted (the bench mounts each in a page of its own): `same-fields` is the
     * editor's 200 definitions hand-written as a plain form; `text-only` is `count` labelled text inputs.
     */
    async mountReference(kind: 'same-fields' | 'text-only', count: number) {
      const root = page.freshRoot();
      const start = performance.now();
      root.render(
        kind === 'same-fields' ? (
          <PlainForm definitions={benchDefinitions(200)} />
        ) : (
          <PlainTextForm count={count} />
        ),
      );
      await until(() =>
        kind === 'same-fields'
          ? container.querySelector('[data-plain-form] button[type="submit"]') !== null
          : container.querySelectorAll('[data-plain-form] input').length === count,
      );
      return { ms: (await painted()) - start };
    },

    /**
     * Times the next keystroke to painted in a reference form: in the same field as the editor's
     * keystroke (`same-fields`), or in the middle input (`text-only`).
     */
    armReferenceKeystroke(kind: 'same-fields' | 'text-only') {
      const inputs = container.querySelectorAll<HTMLInputElement>('[data-plain-form] input');
      const input =
        kind === 'same-fields'
          ? container.querySelector<HTMLInputElement>(`#${plainControlId(keystrokeFieldKey)}`)
          : inputs[Math.floor(inputs.length / 2)];
      if (!input) throw new Error('no reference form');
      input.focus();
      const result = page.keydown().then(async (start) => {
        await new Promise<void>((resolve) =>
          input.addEventListener('input', () => resolve(), { once: true }),
        );
        return { ms: (await painted()) - start };
      });
      page.setPending(result);
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
      const result = page.keydown().then(async (start) => {
        const listener = countRenders ? listenToFieldRenders(fiberRoot) : null;
        await new Promise<void>((resolve) =>
          input.addEventListener('input', () => resolve(), { once: true }),
        );
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
      page.setPending(result);
    },
  };
}
