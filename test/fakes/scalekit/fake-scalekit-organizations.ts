/**
 * The fake Scalekit's organization routes: roles, get (by ID and external ID) and update.
 */
import type { Context } from 'openapi-backend';
import { bodyOf, type FakeScalekitModel, pathParams } from './fake-scalekit-model.ts';
import { alreadyExists, invalid, mapViolations, notFound, type Reply } from './fake-scalekit-wire.ts';

/** The organization and role routes, by operationId. */
export function organizationRoutes(model: FakeScalekitModel): [string, (c: Context) => Reply][] {
  const { state, iso, organizationJson } = model;
  const { organizations, roles } = state;
  return [
    [
      'RolesService_ListOrganizationRoles',
      (c) => {
        const organizationId = pathParams(c).org_id ?? '';
        if (!organizations.has(organizationId)) return notFound('organization');
        return {
          status: 200,
          body: {
            roles: (roles.get(organizationId) ?? []).map((role) => ({
              id: `role_${role.name}`,
              name: role.name,
              display_name: role.display_name,
              ...(role.description ? { description: role.description } : {}),
              default_member: role.default_member === true,
              default_creator: role.name === 'admin',
              is_org_role: false,
            })),
          },
        };
      },
    ],
    [
      'OrganizationService_GetOrganization',
      (c) => {
        const organization = organizations.get(pathParams(c).id ?? '');
        return organization
          ? { status: 200, body: { organization: organizationJson(organization) } }
          : notFound('organization');
      },
    ],
    [
      'OrganizationService_GetOrganizationByExternalId',
      (c) => {
        const externalId = pathParams(c).external_id ?? '';
        const organization = [...organizations.values()].find(
          (candidate) => candidate.external_id === externalId,
        );
        return organization
          ? { status: 200, body: { organization: organizationJson(organization) } }
          : notFound('organization');
      },
    ],
    [
      'OrganizationService_UpdateOrganization',
      (c) => {
        const organization = organizations.get(pathParams(c).id ?? '');
        if (!organization) return notFound('organization');
        const body = bodyOf<{
          display_name?: string;
          external_id?: string;
          metadata?: Record<string, string>;
        }>(c);
        const violations = mapViolations(body.metadata, 'organization.metadata', 10);
        if (
          body.display_name !== undefined &&
          (body.display_name.length < 1 || body.display_name.length > 200)
        ) {
          violations.push({
            field: 'organization.display_name',
            message: 'value length must be between 1 and 200 characters',
          });
        }
        if (violations.length > 0) return invalid(violations);
        if (
          body.external_id &&
          [...organizations.values()].some(
            (other) => other.id !== organization.id && other.external_id === body.external_id,
          )
        ) {
          return alreadyExists('organization with this external id already exists');
        }
        if (body.display_name !== undefined) organization.display_name = body.display_name;
        if (body.external_id !== undefined) organization.external_id = body.external_id || undefined;
        // The gateway's update_mask names `metadata`, so the map is replaced whole (scalekit-api.md §9.4).
        if (body.metadata !== undefined) organization.metadata = { ...body.metadata };
        organization.update_time = iso();
        return { status: 200, body: { organization: organizationJson(organization) } };
      },
    ],
  ];
}
