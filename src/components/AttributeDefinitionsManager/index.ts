export type { DefinitionsManagerText } from '../../i18n/definitions-manager-text.ts';
export {
  AttributeDefinitionsManager,
  type AttributeDefinitionsManagerProps,
} from './AttributeDefinitionsManager.tsx';
export type { AttributeDefinitionsManagerPart } from './parts.ts';
export {
  type DefinitionsManagerStatus,
  type UseAttributeDefinitionsManagerResult,
  useAttributeDefinitionsManager,
} from './use-attribute-definitions-manager.ts';
