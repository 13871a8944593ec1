/**
 * Parts of OrganizationSwitcher a host may give classes to (`data-part` values): the root
 * `organization-switcher` (`data-state`: `open`, `closed`), the `trigger`, the `panel`, the `search`
 * field, the `list` (a listbox; `data-state`: `loading`, `error`, `empty`, `ready`), each `option`
 * (`data-current` on the organization in scope, `data-active` on the one the keyboard is on), its
 * `roles`, the `invitations` list and each `invitation` (`data-state`: `idle`, `accepting`, `error`).
 */
export type OrganizationSwitcherPart =
  | 'root'
  | 'trigger'
  | 'panel'
  | 'search'
  | 'list'
  | 'option'
  | 'roles'
  | 'invitations'
  | 'invitation';
