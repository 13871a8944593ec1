/**
 * The kit's development warnings, in a module of their own that hooks import only when there is
 * something to warn about: pages that need none (every production page that is set up right) carry
 * none of their words, and each checks `isDevelopment()` so a production build stays silent.
 */

import { isDevelopment } from '../core/is-development.ts';
import type { SanitizedDefinitions } from '../core/sanitize-definitions.ts';

// Once per page: a provider re-renders often, and several may share a page.
let warnedNoOrganization = false;

/**
 * In development, says once that a provider has no organization in scope (neither `organizationId`
 * nor `defaultOrganizationId`, or an empty one): every organization-scoped request would then name
 * the organization `''`, and the backend answers `not_found` or `permission_denied`, which the
 * components show as "we could not find that" with nothing pointing at the cause. The provider
 * imports this module only when the organization is missing, so its words cost a page nothing.
 */
export function warnNoOrganization(): void {
  if (warnedNoOrganization || !isDevelopment()) return;
  warnedNoOrganization = true;
  console.warn(
    'Teamkit: TeamkitProvider has no organization in scope: pass `organizationId` (when your app owns ' +
      'the choice: a route, a session) or `defaultOrganizationId` (to start in one the person can leave ' +
      'with OrganizationSwitcher). Until then every organization-scoped request (the viewer and its ' +
      'permissions, members, roles, invitations, organization settings, definition management) names ' +
      'the organization "", the backend refuses it, and ProfileEditor, MembersTable and the rest show an ' +
      'error instead of data. OrganizationSwitcher still lists the person’s organizations, so a page may ' +
      'let them choose first.',
  );
}

// Sanitized lists already warned about, so several components (and re-renders) warn once per list.
const warnedDefinitions = new WeakSet<SanitizedDefinitions>();

/** In development, lists once per list what was wrong with the backend's attribute definitions. */
export function warnAboutDefinitionProblems(sanitized: SanitizedDefinitions, adapterName: string): void {
  if (sanitized.problems.length === 0 || warnedDefinitions.has(sanitized) || !isDevelopment()) return;
  warnedDefinitions.add(sanitized);
  const lines = sanitized.problems.map(
    (problem) => `- ${problem.key}: ${problem.message} (${problem.outcome})`,
  );
  console.warn(
    `Teamkit: ${sanitized.problems.length} attribute definition(s) from the "${adapterName}" adapter had problems; ` +
      `degraded ones are shown read-only, dropped ones are left out.\n${lines.join('\n')}`,
  );
}
