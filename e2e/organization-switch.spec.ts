/**
 * Switching organization in the demo, in Debian's Chromium against the built demo (memory adapter):
 * members, roles, settings and the profile's organization-scoped fields follow the switcher, and no
 * frame after the switch shows the previous organization's data. A sampler in the page checks the
 * DOM (text and input values) at every mutation batch and every animation frame from the moment an
 * option is chosen until the new organization's data is on screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** What the sampler saw after the switch. */
interface FlashReport {
  frames: number;
  mutations: number;
  seen: string[];
}

/** Waits until the page has data: no skeleton, no busy region. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"], [data-part="skeleton"], [data-part="loading"]')).toHaveCount(
    0,
  );
}

/**
 * Starts watching every frame and every DOM change for any of `markers` (data only the organization
 * being left shows), from the moment an organization is chosen in the switcher (a click on an option,
 * or Enter in its search field).
 */
async function watchForFlash(page: Page, markers: string[]) {
  await page.evaluate((watched) => {
    const state = { switched: false, stopped: false, frames: 0, mutations: 0, seen: [] as string[] };
    (window as unknown as { __flash: typeof state }).__flash = state;
    const shown = () => {
      const body = document.querySelector('[data-demo="body"]');
      const values = [...(body?.querySelectorAll('input, textarea') ?? [])].map(
        (field) => (field as HTMLInputElement).value,
      );
      return `${body?.textContent ?? ''}\n${values.join('\n')}`;
    };
    const check = (when: string) => {
      const text = shown();
      for (const marker of watched) if (text.includes(marker)) state.seen.push(`${when}: ${marker}`);
    };
    new MutationObserver(() => {
      if (!state.switched || state.stopped) return;
      state.mutations += 1;
      check(`mutation ${state.mutations}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const frame = () => {
      if (state.stopped) return;
      if (state.switched) {
        state.frames += 1;
        check(`frame ${state.frames}`);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const chosen = (event: Event) => {
      const target = event.target as Element | null;
      if (event.type === 'click' && target?.closest('[data-part="organization-switcher"] [role="option"]')) {
        state.switched = true;
      }
      if (
        event.type === 'keydown' &&
        (event as KeyboardEvent).key === 'Enter' &&
        target?.getAttribute('role') === 'combobox'
      ) {
        state.switched = true;
      }
    };
    document.addEventListener('click', chosen, true);
    document.addEventListener('keydown', chosen, true);
  }, markers);
}

async function flashReport(page: Page): Promise<FlashReport> {
  return page.evaluate(() => {
    const state = (window as unknown as { __flash: FlashReport & { stopped: boolean } }).__flash;
    state.stopped = true;
    return { frames: state.frames, mutations: state.mutations, seen: [...new Set(state.seen)] };
  });
}

const trigger = (page: Page) => page.locator('[data-part="organization-switcher"] [data-part="trigger"]');
/** The switcher's organizations (the members page has listboxes of its own). */
const options = (page: Page) => page.getByRole('listbox', { name: 'Your organizations' }).getByRole('option');

/** Opens the switcher and picks `name` with the mouse. */
async function switchWithMouse(page: Page, name: string) {
  await trigger(page).click();
  await options(page).filter({ hasText: name }).click();
}

/** Opens the switcher from the keyboard, types part of `name`, and takes it with Enter. */
async function switchWithKeyboard(page: Page, search: string) {
  await trigger(page).focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('combobox', { name: 'Find an organization' });
  await expect(field).toBeFocused();
  await field.fill(search);
  await expect(options(page)).toHaveCount(1);
  await page.keyboard.press('Enter');
}

test.describe('given the demo signed in as Acme’s admin, who is also in Initech', () => {
  test('the members list and roles follow a switch to Initech and back, with no frame of the other organization', async ({
    page,
  }) => {
    await page.goto('/#/members');
    await expect(page.getByText('Acme Corporation').first()).toBeVisible();
    await settled(page);
    const acmeNames = (await page.locator('[data-part="member-text"]').allTextContents())
      .map((text) => text.trim())
      .filter((text) => text !== '' && !text.includes('Maya Okafor'))
      .slice(0, 8);
    expect(acmeNames.length).toBeGreaterThan(3);

    await watchForFlash(page, ['Acme Corporation', ...acmeNames]);
    await switchWithMouse(page, 'Initech');
    await expect(page.getByText('Bill Lumbergh')).toBeVisible();
    await expect(trigger(page)).toHaveAccessibleName('Organization: Initech');
    await settled(page);
    const toInitech = await flashReport(page);
    expect(toInitech.seen).toEqual([]);
    expect(toInitech.frames).toBeGreaterThan(0);
    expect(toInitech.mutations).toBeGreaterThan(0);
    await expect(trigger(page)).toBeFocused();

    // Back to Acme, whose data is cached now: shown at once, with nothing of Initech's.
    await watchForFlash(page, ['Initech', 'Bill Lumbergh', 'Peter Gibbons']);
    await switchWithKeyboard(page, 'acm');
    await expect(
      page.locator('[data-part="member-text"]').filter({ hasText: acmeNames[0] ?? '' }),
    ).toBeVisible();
    await settled(page);
    const toAcme = await flashReport(page);
    expect(toAcme.seen).toEqual([]);
    expect(toAcme.frames).toBeGreaterThan(0);
  });

  test('the members list shows no previous rows even when the new organization is half cached (its viewer known)', async ({
    page,
  }) => {
    // Visiting Initech from the profile caches Initech's viewer, not its members.
    await page.goto('/#/profile');
    await settled(page);
    await switchWithMouse(page, 'Initech');
    await expect(page.getByRole('heading', { name: 'Your membership in Initech' })).toBeVisible();
    await switchWithMouse(page, 'Acme Corporation');
    await expect(page.getByRole('heading', { name: 'Your membership in Acme Corporation' })).toBeVisible();
    await page.getByRole('link', { name: 'Members' }).click();
    await settled(page);
    const acmeNames = (await page.locator('[data-part="member-text"]').allTextContents())
      .map((text) => text.trim())
      .filter((text) => text !== '' && !text.includes('Maya Okafor'))
      .slice(0, 8);
    expect(acmeNames.length).toBeGreaterThan(3);

    await watchForFlash(page, acmeNames);
    await switchWithMouse(page, 'Initech');
    await expect(page.getByText('Bill Lumbergh')).toBeVisible();
    await settled(page);
    const report = await flashReport(page);
    expect(report.seen).toEqual([]);
    expect(report.frames).toBeGreaterThan(0);
  });

  test('the organization settings follow the switch, with no frame of the previous values', async ({
    page,
  }) => {
    await page.goto('/#/organization');
    await settled(page);
    await expect(page.locator('input[value="CUST-12345-ACME"]')).toHaveCount(1);
    await watchForFlash(page, ['Acme Corporation', 'CUST-12345-ACME', 'stripe_cus_abc123', 'enterprise']);
    await switchWithMouse(page, 'Initech');
    await expect(page.getByText('Initech').first()).toBeVisible();
    await settled(page);
    const report = await flashReport(page);
    expect(report.seen).toEqual([]);
    expect(report.frames).toBeGreaterThan(0);
  });

  test('the profile’s organization-scoped fields (roles, team) follow the switch', async ({ page }) => {
    await page.goto('/#/profile');
    await settled(page);
    const roles = page.locator('[data-demo="membership-roles"]');
    await expect(roles).toHaveText('Admin');
    await watchForFlash(page, ['Your membership in Acme Corporation']);
    await switchWithMouse(page, 'Initech');
    await expect(page.getByRole('heading', { name: 'Your membership in Initech' })).toBeVisible();
    await expect(roles).toHaveText('Member, Billing manager');
    await expect(page.locator('[data-demo="membership-team"]')).toHaveText('Consulting');
    const report = await flashReport(page);
    expect(report.seen).toEqual([]);
    // The profile itself is the person's, in every organization.
    await expect(page.getByRole('textbox', { name: /first name/i }).first()).toHaveValue('Maya');
  });

  test('an invitation is accepted from the switcher and its organization can then be chosen; axe finds nothing', async ({
    page,
  }) => {
    await page.goto('/#/members');
    await settled(page);
    await trigger(page).click();
    await expect(options(page)).toHaveCount(2);
    const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
    expect(violations).toEqual([]);
    await page.getByRole('button', { name: 'Accept the invitation to Umbrella Labs' }).click();
    await expect(options(page).filter({ hasText: 'Umbrella Labs' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Accept the invitation/ })).toHaveCount(0);
    await options(page).filter({ hasText: 'Umbrella Labs' }).click();
    await expect(page.getByText('Alice Abernathy')).toBeVisible();
  });
});
