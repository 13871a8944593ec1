// Once per page: a provider re-renders often, and several may share a page.
let warned = false;

/**
 * In development, says once that a provider has no organization in scope (neither `organizationId`
 * nor `defaultOrganizationId`, or an empty one): every organization-scoped request would then name
 * the organization `''`, and the backend answers `not_found` or `permission_denied`, which the
 * components show as "we could not find that" with nothing pointing at the cause. Call it only behind
 * the provider's inline `process.env.NODE_ENV` check, so a production build drops it and its words.
 */
export function warnNoOrganization(): void {
  if (warned) return;
  warned = true;
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
