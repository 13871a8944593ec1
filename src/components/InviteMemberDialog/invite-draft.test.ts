import { describe, expect, it } from 'vitest';
import type { InviteOutcome } from '../../core/invitation.ts';
import {
  addRecipients,
  commitPendingText,
  emptyDraft,
  failedRecipients,
  type InviteDraft,
  isSentSuccessfully,
  keepUnfinished,
  removeRecipient,
  retryableRecipients,
  setField,
} from './invite-draft.ts';

function withResults(draft: InviteDraft, outcomes: Record<string, InviteOutcome['status']>): InviteDraft {
  const results = Object.fromEntries(
    Object.entries(outcomes).map(([id, status]) => {
      const outcome = (
        status === 'failed'
          ? { email: id, status, code: 'network', message: 'offline' }
          : status === 'invalid'
            ? { email: id, status, message: 'bad' }
            : { email: id, status }
      ) as InviteOutcome;
      return [id, { state: 'done' as const, outcome }];
    }),
  );
  return { ...draft, phase: 'results', results };
}

describe('invite draft', () => {
  describe('given addresses added in several steps', () => {
    it('appends new ones and reports repeats of chips already listed', () => {
      let draft = addRecipients(emptyDraft(), 'a@x.io, b@x.io');
      draft = addRecipients(draft, 'B@X.IO c@x.io');
      expect(draft.recipients.map((recipient) => recipient.email)).toEqual(['a@x.io', 'b@x.io', 'c@x.io']);
      expect(draft.duplicates).toEqual(['B@x.io']);
      expect(removeRecipient(draft, 'b@x.io').recipients).toHaveLength(2);
    });

    it('turns text left in the input into chips before sending', () => {
      const draft = commitPendingText({ ...emptyDraft(), pendingText: 'ada@x.io' });
      expect(draft.recipients.map((recipient) => recipient.email)).toEqual(['ada@x.io']);
      expect(draft.pendingText).toBe('');
    });
  });

  describe('when results are in', () => {
    const sent = setField(addRecipients(emptyDraft(), 'a@x.io b@x.io c@x.io d@x.io'), 'displayName', 'Ada');

    it('counts as sent successfully only when everyone was invited or already a member', () => {
      expect(
        isSentSuccessfully(
          withResults(sent, {
            'a@x.io': 'invited',
            'b@x.io': 'invited',
            'c@x.io': 'already_member',
            'd@x.io': 'invited',
          }),
        ),
      ).toBe(true);
      expect(
        isSentSuccessfully(
          withResults(sent, {
            'a@x.io': 'invited',
            'b@x.io': 'failed',
            'c@x.io': 'invited',
            'd@x.io': 'invited',
          }),
        ),
      ).toBe(false);
    });

    it('keeps only invalid and failed addresses, with the fields, for editing again', () => {
      const draft = withResults(sent, {
        'a@x.io': 'invited',
        'b@x.io': 'failed',
        'c@x.io': 'invalid',
        'd@x.io': 'already_member',
      });
      expect(failedRecipients(draft).map((recipient) => recipient.id)).toEqual(['b@x.io']);
      const again = keepUnfinished(draft);
      expect(again.phase).toBe('editing');
      expect(again.recipients.map((recipient) => recipient.id)).toEqual(['b@x.io', 'c@x.io']);
      expect(again.fields.displayName).toBe('Ada');
    });

    it('offers to retry only failures that may pass, never a refusal such as permission_denied', () => {
      const failedWith = (code: 'network' | 'permission_denied' | 'validation') =>
        ({ state: 'done', outcome: { email: code, status: 'failed', code, message: code } }) as const;
      const draft: InviteDraft = {
        ...sent,
        phase: 'results',
        results: {
          'a@x.io': failedWith('permission_denied'),
          'b@x.io': failedWith('network'),
          'c@x.io': failedWith('validation'),
          'd@x.io': { state: 'done', outcome: { email: 'd@x.io', status: 'already_member' } },
        },
      };
      expect(failedRecipients(draft)).toHaveLength(3);
      expect(retryableRecipients(draft).map((recipient) => recipient.id)).toEqual(['b@x.io']);
      // Edit and send again still brings every failure back to the form.
      expect(keepUnfinished(draft).recipients.map((recipient) => recipient.id)).toEqual([
        'a@x.io',
        'b@x.io',
        'c@x.io',
      ]);
    });

    it('clears the one-person fields once nobody is left to fix', () => {
      const draft = withResults(sent, {
        'a@x.io': 'invited',
        'b@x.io': 'invited',
        'c@x.io': 'invited',
        'd@x.io': 'invited',
      });
      expect(keepUnfinished(draft).fields).toMatchObject({ displayName: '', sendEmail: true });
    });
  });
});
