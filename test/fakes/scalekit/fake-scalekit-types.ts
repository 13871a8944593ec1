/**
 * The fake Scalekit's stored records and its test-facing surface: what a test seeds, inspects and
 * controls. The records are the fake's own shapes; what goes on the wire is built in fake-scalekit-model.ts.
 */
import type { Violation } from './openapi-check.ts';
/** A membership as the fake stores it. */
export interface FakeMembership {
  organization_id: string;
  membership_status: 'ACTIVE' | 'INACTIVE' | 'PENDING_INVITE' | 'INVITE_EXPIRED';
  roles: string[];
  metadata: Record<string, string>;
  provisioning_method: string;
  join_time: string;
  inviter_email?: string;
  created_at?: string;
  accepted_at?: string;
  expires_at?: string;
  resent_count: number;
  resent_at?: string;
  /** Effective permission strings Scalekit reports on the membership (none unless a test sets them). */
  permissions?: string[];
}

/** A user as the fake stores it; `first_name`/`last_name` are the deprecated fields real responses carry. */
export interface FakeUser {
  id: string;
  email: string;
  external_id?: string;
  create_time: string;
  update_time: string;
  metadata: Record<string, string>;
  user_profile: Record<string, unknown> & {
    custom_attributes: Record<string, string>;
    metadata: Record<string, string>;
  };
  memberships: FakeMembership[];
}

/** An organization as the fake stores it. */
export interface FakeOrganization {
  id: string;
  display_name: string;
  external_id?: string;
  metadata: Record<string, string>;
  create_time: string;
  update_time: string;
}

/** A role of an organization. */
export interface FakeRole {
  name: string;
  display_name: string;
  description?: string;
  default_member?: boolean;
}

/** One request the fake received, as the adapter sent it. */
export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  /** The parsed JSON body, or the form fields of a token request (the secret masked). */
  body: unknown;
}

/** A canned answer for the next matching request (429, 503, a refused token …). */
export interface InjectedFault {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Only requests whose `METHOD path` matches; any request when absent. */
  match?: RegExp;
}

/** Options of the fake. */
export interface FakeScalekitOptions {
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` of issued tokens, in seconds (Scalekit: 86399). */
  tokenLifetimeSeconds?: number;
  /** The clock, in epoch ms (token expiry, timestamps). */
  now?: () => number;
}

/** A running fake Scalekit. */
export interface FakeScalekit {
  /** `http://127.0.0.1:<port>`: the environment URL to give the adapter. */
  url: string;
  clientId: string;
  clientSecret: string;
  users: Map<string, FakeUser>;
  organizations: Map<string, FakeOrganization>;
  roles: Map<string, FakeRole[]>;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Requests the OpenAPI check refused, with what was wrong. */
  rejectedRequests: { request: RecordedRequest; violations: Violation[] }[];
  /** Responses the fake was about to send that the document does not allow (a bug in the fake). */
  responseViolations: { operationId: string; violations: Violation[] }[];
  /** Tokens issued so far. */
  issuedTokens: string[];
  /** The addresses an invitation email went to (a new invitation, or a resend), in order. */
  invitationEmails: string[];
  /** How the fake answers where Scalekit's answers vary (reset restores the defaults). */
  settings: FakeScalekitSettings;
  /** Answers the next matching request with `fault` instead of handling it. */
  injectFault(fault: InjectedFault): void;
  /** Makes every token issued so far invalid (as a rotated secret would). */
  revokeTokens(): void;
  /** Empties the state, the logs, the tokens and the faults (one server serves a whole test file). */
  reset(): void;
  /** `METHOD /path?query` of each request, the short form for sequence assertions. */
  requestLines(): string[];
  close(): Promise<void>;
}

/** Where real Scalekit responses vary, the fake can be told which way to answer. */
export interface FakeScalekitSettings {
  /**
   * Whether a user's memberships carry their organization's `name` and `display_name` (optional in
   * `commonsOrganizationMembership`; default true). False sends them empty, as a response without them.
   */
  membershipNames: boolean;
}
