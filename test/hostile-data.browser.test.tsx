// Hostile data from the backend renders as text in every component: names, emails, metadata keys and
// values, attribute labels, help texts, options, role names and organization names that carry HTML
// and script payloads never run and never inject an element.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MemoryData, memoryIds } from '../src/adapters/memory/index.ts';
import { seededDefinitions } from '../src/adapters/memory/seed-definitions.ts';
import { MemberDetails } from '../src/components/MemberDetails/MemberDetails.tsx';
import { MembersTable } from '../src/components/MembersTable/MembersTable.tsx';
import { OrganizationSettings } from '../src/components/OrganizationSettings/OrganizationSettings.tsx';
import { ProfileEditor } from '../src/components/ProfileEditor/ProfileEditor.tsx';
import '../src/styles/index.css';
import { renderWithTeamkit } from './support/teamkit-test-utils.tsx';

afterEach(cleanup);

/** Markup that would run or inject an element if any component set it as HTML. */
const payload = (where: string) =>
  `<img src="x" data-pwned="${where}" onerror="window.__tkPwned='${where}'">`;
const script = (where: string) => `<script>window.__tkPwned='${where}'</script>`;

declare global {
  interface Window {
    __tkPwned?: string;
  }
}

/** Puts payloads everywhere the backend supplies text. */
function hostile(data: MemoryData): void {
  const member = data.users[memoryIds.member];
  if (member) {
    member.profile.name = payload('member-name');
    member.profile.givenName = script('member-given');
    member.appMetadata = { [`k${payload('meta-key')}`.slice(0, 25)]: payload('meta-value') };
  }
  const admin = data.users[memoryIds.admin];
  if (admin)
    admin.profile.customAttributes = { ...admin.profile.customAttributes, hostile_note: payload('value') };
  const organization = data.organizations[memoryIds.organization];
  if (organization) {
    organization.displayName = payload('org-name');
    organization.metadata = { plan: payload('org-meta') };
  }
  for (const role of data.roles[memoryIds.organization] ?? [])
    role.displayName = `${role.displayName} ${payload('role')}`;
  data.definitions = [
    ...seededDefinitions(),
    {
      key: 'hostile_note',
      scope: 'custom',
      type: 'text',
      label: payload('label'),
      helpText: script('help'),
      policy: { write: 'user', source: 'user' },
    },
    {
      key: 'hostile_choice',
      scope: 'custom',
      type: 'single_select',
      label: 'Choice',
      options: [{ value: 'a', label: payload('option') }],
      policy: { write: 'user', source: 'user' },
    },
  ];
}

/** No payload ran, and none became an element. */
function expectNothingInjected(): void {
  expect(window.__tkPwned).toBeUndefined();
  expect(document.querySelector('[data-pwned]')).toBeNull();
  expect([...document.querySelectorAll('script')].some((s) => s.textContent?.includes('__tkPwned'))).toBe(
    false,
  );
}

beforeEach(() => {
  window.__tkPwned = undefined;
});

describe('hostile data from the backend', () => {
  it('ProfileEditor shows labels, help texts, options and values as text', async () => {
    renderWithTeamkit(<ProfileEditor />, { prepare: hostile });
    const field = await screen.findByRole('textbox', {
      name: new RegExp(`^${escapeRegExp(payload('label'))}`),
    });
    expect(field).toHaveValue(payload('value'));
    expect(screen.getByText(script('help'))).toBeVisible();
    expect(screen.getByRole('option', { name: payload('option') })).toBeInTheDocument();
    expectNothingInjected();
  });

  it('MembersTable shows names and role names as text', async () => {
    renderWithTeamkit(<MembersTable />, { prepare: hostile });
    expect(await screen.findByText(payload('member-name'))).toBeVisible();
    expect(
      (await screen.findAllByText(new RegExp(`Admin ${escapeRegExp(payload('role'))}`))).length,
    ).toBeGreaterThan(0);
    expectNothingInjected();
  });

  it('MemberDetails shows the name and metadata keys and values as text', async () => {
    renderWithTeamkit(<MemberDetails userId={memoryIds.member} />, { prepare: hostile });
    const panel = await screen.findByRole('region', { name: payload('member-name') });
    expect(within(panel).getByRole('heading', { level: 2, name: payload('member-name') })).toBeVisible();
    expect(await within(panel).findByDisplayValue(payload('meta-value'))).toBeInTheDocument();
    expectNothingInjected();
  });

  it('OrganizationSettings shows the organization name and metadata as text', async () => {
    renderWithTeamkit(<OrganizationSettings />, { prepare: hostile });
    expect(await screen.findByDisplayValue(payload('org-name'))).toBeInTheDocument();
    expect(await screen.findByDisplayValue(payload('org-meta'))).toBeInTheDocument();
    expectNothingInjected();
  });
});

/** `text` as a literal inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('names and emails that hide characters', () => {
  /** A member whose email draws backwards and whose name carries a zero-width space. */
  function disguised(data: MemoryData): void {
    const member = data.users[memoryIds.member];
    if (!member) return;
    member.email = 'jonas@\u202Emoc.elpmaxe';
    member.profile.name = 'Jonas\u200B Müller';
  }

  it('MembersTable shows each hidden character as a visible code', async () => {
    renderWithTeamkit(<MembersTable />, { prepare: disguised });
    expect(await screen.findByText('jonas@⟨U+202E⟩moc.elpmaxe')).toBeVisible();
    expect(screen.getByText('Jonas⟨U+200B⟩ Müller')).toBeVisible();
  });

  it('MemberDetails shows them too', async () => {
    renderWithTeamkit(<MemberDetails userId={memoryIds.member} />, { prepare: disguised });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Jonas⟨U+200B⟩ Müller' });
    expect(heading).toBeVisible();
    expect(screen.getByText('jonas@⟨U+202E⟩moc.elpmaxe')).toBeVisible();
  });
});
