/** The request that invites one recipient, from the draft's fields. No React. */

import type { InviteInput } from '../../core/invitation.ts';
import type { MetadataPatch } from '../../core/json.ts';
import type { InviteFields, Recipient } from './invite-draft.ts';

/** What decides one invitation's content besides the recipient and the fields. */
export interface InviteInputContext {
  /** True when exactly one person is invited: names and the external ID apply only then. */
  single: boolean;
  /** How many addresses are sent: per-person roles apply only to several. */
  sendable: number;
  /** The role for everyone (chosen, or the organization's default); null when unknown. */
  role: string | null;
  /** Whether the viewer may set external IDs and metadata. */
  isAdmin: boolean;
  /** The metadata rows' patch (admins). */
  metadata: MetadataPatch;
  /** This address's idempotency key, kept for the draft's life so a retry never invites twice. */
  idempotencyKey: string;
}

/** The invitation of `recipient`: role, names and the admin fields as the form allows them. */
export function buildInviteInput(
  recipient: Recipient,
  fields: InviteFields,
  context: InviteInputContext,
): InviteInput {
  const { single, sendable, role, isAdmin, metadata, idempotencyKey } = context;
  // Per-person roles are offered only while several people are to be invited (RoleField does the same).
  const chosen = (fields.perPersonRoles && sendable > 1 ? recipient.role : null) ?? role;
  const input: InviteInput = { email: recipient.email, sendEmail: fields.sendEmail, idempotencyKey };
  if (chosen) input.roles = [chosen];
  const name = (single ? fields.displayName.trim() : '') || recipient.name;
  if (name) input.name = name;
  if (single && fields.givenName.trim()) input.givenName = fields.givenName.trim();
  if (single && fields.familyName.trim()) input.familyName = fields.familyName.trim();
  if (isAdmin && single && fields.externalId.trim()) input.externalId = fields.externalId.trim();
  if (isAdmin && Object.keys(metadata).length > 0) input.metadata = metadata;
  return input;
}
