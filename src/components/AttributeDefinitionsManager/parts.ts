/**
 * Parts of AttributeDefinitionsManager a host may give classes to (`data-part` values): the root
 * `definitions-manager` (`data-state`: `unsupported`, `loading`, `forbidden`, `error`, `ready`), each
 * group, each row `definition` (`data-origin`: `identity_provider`, `system`, `custom`;
 * `data-disabled`), its actions, and the add / edit form `definition-form` (`data-mode`).
 */
export type AttributeDefinitionsManagerPart =
  | 'root'
  | 'title'
  | 'group'
  | 'definition'
  | 'definition-actions'
  | 'definition-form';
