import { describe, expect, it } from 'vitest';
import { scalekitLimits } from '../../core/limits.ts';
import { addRecipients, emptyDraft, setRecipientRole } from './invite-draft.ts';
import { inviteFormProblems, isSendable, recipientViews } from './invite-problems.ts';
import type { RecipientStanding } from './use-recipient-lookup.ts';

const draft = addRecipients(emptyDraft(), 'ada@example.com, bo@example.com, not-an-address');
const standings = (entries: Record<string, RecipientStanding>) => new Map(Object.entries(entries));

describe('recipientViews', () => {
  it('gives each chip its standing: refused addresses invalid, unknown ones the fallback', () => {
    const views = recipientViews(draft.recipients, standings({ 'ada@example.com': 'member' }), 'checking');
    expect(views.map((view) => view.standing)).toEqual(['member', 'checking', 'invalid']);
  });

  it('keeps the view of every chip whose standing did not change, and only those', () => {
    const first = recipientViews(draft.recipients, standings({}), 'checking');
    const second = recipientViews(
      draft.recipients,
      standings({ 'bo@example.com': 'new' }),
      'checking',
      first,
    );
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.standing).toBe('new');
    expect(second[2]).toBe(first[2]);
  });

  it('makes a new view when the recipient changed under the same standing', () => {
    const first = recipientViews(draft.recipients, standings({}), 'checking');
    const edited = setRecipientRole(draft, 'ada@example.com', 'admin');
    const second = recipientViews(edited.recipients, standings({}), 'checking', first);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]?.role).toBe('admin');
  });
});

describe('inviteFormProblems', () => {
  const context = { limits: scalekitLimits, isAdmin: false, metadataValid: true };

  it('counts only addresses that are valid and neither members nor invited as sendable', () => {
    const views = recipientViews(draft.recipients, standings({ 'ada@example.com': 'pending' }), 'new');
    expect(views.filter(isSendable).map((view) => view.email)).toEqual(['bo@example.com']);
    expect(inviteFormProblems(draft, false, views, context).recipients).toBeNull();
  });

  it('says there is nothing to send when every valid address is already a member or invited', () => {
    const views = recipientViews(
      draft.recipients,
      standings({ 'ada@example.com': 'member', 'bo@example.com': 'pending' }),
      'new',
    );
    expect(inviteFormProblems(draft, false, views, context).recipients).toBe('nothing_to_send');
  });

  it('asks for an address when none is valid, and blames metadata only for an administrator', () => {
    const invalidOnly = addRecipients(emptyDraft(), 'not-an-address');
    const views = recipientViews(invalidOnly.recipients, standings({}), 'new');
    expect(inviteFormProblems(invalidOnly, true, views, { ...context, metadataValid: false })).toEqual({
      recipients: 'required',
      externalId: null,
      metadata: false,
    });
    expect(
      inviteFormProblems(invalidOnly, true, views, { ...context, isAdmin: true, metadataValid: false })
        .metadata,
    ).toBe(true);
  });
});
