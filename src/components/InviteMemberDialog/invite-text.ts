import type { InviteOutcome } from '../../core/invitation.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import type { ProvidedMessages } from '../../i18n/messages.ts';
import type { OutcomeCounts } from './invite-draft.ts';
import type { AddressProblem } from './parse-addresses.ts';

/** Why an address was refused, in words. */
export function addressProblemText(problem: AddressProblem, messages: ProvidedMessages): string {
  return messages.invite.addressProblems[problem];
}

/** One address's result line ("Invited", "Failed: We could not reach the server…"). */
export function outcomeText(outcome: InviteOutcome, messages: ProvidedMessages): string {
  const words = messages.invite.results;
  switch (outcome.status) {
    case 'invited':
      return words.invited;
    case 'already_member':
      return words.already_member;
    case 'invalid':
      return formatMessage(words.invalid, { reason: outcome.message });
    case 'failed':
      // The host stopped it before anything was sent: not a failure of the invitation.
      return formatMessage(outcome.code === 'cancelled' ? words.notSent : words.failed, {
        reason: outcome.message,
      });
  }
}

/** The announced summary of a send ("2 invited, 1 already a member or invited and 1 failed"), zero counts left out. */
export function summaryText(counts: OutcomeCounts, messages: ProvidedMessages, locale: string): string {
  const words = messages.invite.results;
  const parts = [
    counts.invited > 0 ? formatPlural(words.summaryInvited, counts.invited, locale) : null,
    counts.already_member > 0
      ? formatPlural(words.summaryAlreadyMember, counts.already_member, locale)
      : null,
    counts.invalid > 0 ? formatPlural(words.summaryInvalid, counts.invalid, locale) : null,
    counts.failed > 0 ? formatPlural(words.summaryFailed, counts.failed, locale) : null,
  ].filter((part): part is string => part !== null);
  return listFormat(locale).format(parts);
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format;
}
