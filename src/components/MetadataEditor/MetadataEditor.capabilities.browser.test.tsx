import { cleanup, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, renderWithTeamkit } from '../../../test/support/teamkit-test-utils.tsx';
import { auth0Capabilities, scalekitCapabilities } from '../../core/capabilities.ts';
import type { Metadata, MetadataPatch } from '../../core/json.ts';
import { auth0Limits, type MetadataLimits, scalekitLimits } from '../../core/limits.ts';
import { applyMetadataPatch } from '../../core/metadata.ts';
import '../../styles/index.css';
import { MetadataEditor } from './MetadataEditor.tsx';

// Browser mode has no test globals, so RTL cannot unmount by itself between tests.
afterEach(cleanup);

/** A host that owns the bag: it saves the patch, then shows the stored bag. */
function Host(props: {
  initial: Metadata;
  save: (patch: MetadataPatch) => Promise<void>;
  limits?: MetadataLimits;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <MetadataEditor
      label="Preferences"
      value={value}
      limits={props.limits}
      onSave={async (patch) => {
        await props.save(patch);
        setValue((current) => applyMetadataPatch(current, patch));
      }}
    />
  );
}

const rowOf = (key: string) =>
  screen
    .getAllByRole('listitem')
    .find(
      (item) => item.dataset.part === 'row' && item.querySelector('[data-field="key"]')?.textContent === key,
    );

describe('MetadataEditor over a backend that cannot delete keys (Scalekit-like)', () => {
  it('shows stored keys as text with no Remove, says why, and still edits their values', async () => {
    const save = vi.fn(async (_patch: MetadataPatch) => {});
    const { container } = renderWithTeamkit(<Host initial={{ plan: 'pro', region: 'eu' }} save={save} />, {
      capabilities: scalekitCapabilities,
    });
    expect(
      screen.getByText('This backend cannot delete keys: a stored key stays, and only its value can change.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Remove plan' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Key, row 1' })).toBeNull();
    expect(rowOf('plan')).toBeDefined();
    // The note describes the whole group, so a screen reader hears it on entering.
    const group = screen.getByRole('group', { name: 'Preferences' });
    expect(group).toHaveAccessibleDescription(expect.stringContaining('cannot delete keys'));
    await userEvent.fill(screen.getByRole('textbox', { name: 'Value of plan' }), 'growth');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith({ plan: 'growth' });
  });

  it('lets a row added in this session be renamed and removed until it is saved, then keeps it', async () => {
    const save = vi.fn(async (_patch: MetadataPatch) => {});
    renderWithTeamkit(<Host initial={{ plan: 'pro' }} save={save} />, { capabilities: scalekitCapabilities });
    await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
    await userEvent.fill(screen.getByRole('textbox', { name: 'Key, row 2' }), 'seats');
    await userEvent.fill(screen.getByRole('textbox', { name: 'Value of seats' }), '25');
    expect(screen.getByRole('button', { name: 'Remove seats' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith({ seats: '25' });
    await expect.poll(() => screen.queryByRole('button', { name: 'Remove seats' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Key, row 2' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Value of seats' })).toHaveValue('25');
  });

  it('removes a row added in this session, and focus goes to Add pair', async () => {
    renderWithTeamkit(<Host initial={{ zeta: 'z' }} save={async () => {}} />, {
      capabilities: scalekitCapabilities,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
    await userEvent.fill(screen.getByRole('textbox', { name: 'Key, row 2' }), 'temp');
    await userEvent.click(screen.getByRole('button', { name: 'Remove temp' }));
    expect(screen.queryByRole('textbox', { name: 'Key, row 2' })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Add pair');
  });
});

describe('MetadataEditor over a backend with JSON values and key rules (Auth0-like)', () => {
  const auth0Bag: Metadata = { nickname: 'kj', preferences: { theme: 'dark' }, quota: 150000 };

  it('keeps JSON values read-only, lets a stored string key be removed, and counts against 100', async () => {
    const save = vi.fn(async (_patch: MetadataPatch) => {});
    const { container } = renderWithTeamkit(<Host initial={auth0Bag} save={save} />, {
      capabilities: auth0Capabilities,
      limits: auth0Limits,
    });
    expect(screen.getByText('3 of 100 pairs')).toBeVisible();
    const preferences = rowOf('preferences') as HTMLElement;
    expect(preferences).toHaveAttribute('data-readonly');
    expect(within(preferences).queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByText(/cannot delete keys/)).toBeNull();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Remove nickname' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith({ nickname: null });
  });

  it('refuses a key with "." or "$" as it is typed, with the character named, and sends nothing', async () => {
    const save = vi.fn(async (_patch: MetadataPatch) => {});
    const { container } = renderWithTeamkit(<Host initial={{}} save={save} />, {
      capabilities: auth0Capabilities,
      limits: auth0Limits,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
    const key = screen.getByRole('textbox', { name: 'Key, row 1' });
    await userEvent.fill(key, 'preference.color');
    await userEvent.fill(screen.getByRole('textbox', { name: 'Value of preference.color' }), 'pink');
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).toHaveAccessibleDescription('Keys cannot contain “.”. Use another character, such as “_”.');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(key);
    await userEvent.fill(key, 'preference_color');
    expect(key).not.toHaveAttribute('aria-invalid');
  });

  it('in German, names the forbidden character in German', async () => {
    const { de } = await import('../../i18n/de/index.ts');
    renderWithTeamkit(<Host initial={{}} save={async () => {}} />, {
      capabilities: auth0Capabilities,
      limits: auth0Limits,
      locale: 'de',
      messages: de,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Paar hinzufügen' }));
    await userEvent.fill(screen.getByRole('textbox', { name: 'Schlüssel, Zeile 1' }), '$set');
    expect(
      screen.getByText('Schlüssel dürfen „$“ nicht enthalten. Verwenden Sie ein anderes Zeichen, etwa „_“.'),
    ).toBeVisible();
  });
});

describe('MetadataEditor under a byte limit', () => {
  it('says how large the bag is against the limit, once, and keeps what was typed', async () => {
    const save = vi.fn(async (_patch: MetadataPatch) => {});
    const limits: MetadataLimits = { ...scalekitLimits.userMetadata, maxBytes: 40 };
    renderWithTeamkit(<Host initial={{ plan: 'pro' }} save={save} limits={limits} />);
    const value = screen.getByRole('textbox', { name: 'Value of plan' });
    await userEvent.fill(value, 'x'.repeat(40));
    const issue = await screen.findByText(/at most 40 bytes/);
    expect(issue).toHaveAttribute('role', 'alert');
    expect(issue).toHaveTextContent(
      'The metadata may take at most 40 bytes; it takes 51. Shorten or remove some values.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).not.toHaveBeenCalled();
    expect(value).toHaveValue('x'.repeat(40));
  });
});
