import {
  createDefinitionIn,
  readManagedDefinitions,
  reorderDefinitionsIn,
  updateDefinitionIn,
} from '../../core/definition-changes.ts';
import { TeamkitError } from '../../core/errors.ts';
import type {
  AttributeDefinitionChange,
  ManagedAttributeDefinition,
  NewAttributeDefinition,
} from '../../core/managed-definition.ts';
import type { BackendContext } from './backend-context.ts';

/**
 * The memory backend's definition management: the core's rules (definition-changes.ts) over the
 * stored list, for an administrator (`manageUsers`) of the organization named, and only where the
 * backend declares `manageDefinitions` (elsewhere `not_supported`, as Scalekit's and Auth0's
 * configurations, whose definitions live in the identity platform).
 */
export function createDefinitionsBackend(context: BackendContext) {
  const { state } = context;
  const requireManager = (organizationId: string) => {
    if (!state.capabilities.manageDefinitions) {
      throw new TeamkitError(
        'not_supported',
        'This backend’s profile fields are managed in the identity platform, not through the kit.',
      );
    }
    context.requirePermission(organizationId, 'manageUsers');
  };
  const store = (definitions: unknown[]) => {
    state.data.definitions = definitions;
    context.changed();
  };
  return {
    listManagedAttributeDefinitions(organizationId: string): ManagedAttributeDefinition[] {
      requireManager(organizationId);
      return readManagedDefinitions(state.data.definitions);
    },

    createAttributeDefinition(
      organizationId: string,
      input: NewAttributeDefinition,
    ): ManagedAttributeDefinition {
      requireManager(organizationId);
      const { definitions, created } = createDefinitionIn(state.data.definitions, input);
      store(definitions);
      return created;
    },

    updateAttributeDefinition(
      organizationId: string,
      key: string,
      change: AttributeDefinitionChange,
    ): ManagedAttributeDefinition {
      requireManager(organizationId);
      const { definitions, updated } = updateDefinitionIn(state.data.definitions, key, change);
      store(definitions);
      return updated;
    },

    reorderAttributeDefinitions(
      organizationId: string,
      keys: readonly string[],
    ): ManagedAttributeDefinition[] {
      requireManager(organizationId);
      const { definitions, managed } = reorderDefinitionsIn(state.data.definitions, keys);
      store(definitions);
      return managed;
    },
  };
}
