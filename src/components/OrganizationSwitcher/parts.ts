/** Parts of OrganizationSwitcher a host may give classes to through `classNames`, by their `data-part` names. */
export type OrganizationSwitcherPart =
  /** The root (`data-state`: `open`, `closed`). */
  | 'organization-switcher'
  /** The button showing the organization in scope; it opens the panel. */
  | 'trigger'
  /** The panel: search, the organizations and the invitations. */
  | 'panel'
  /** The search field's label and box. */
  | 'search';

/** OrganizationSwitcher's other parts: styleable by `data-part`, with no class of their own. */
export type OrganizationSwitcherInnerPart =
  /** The name of the organization in scope, on the trigger. */
  | 'trigger-name'
  /** The search field's words. */
  | 'label'
  /** Says why the panel cannot switch (the backend lists no organizations for the person). */
  | 'notice'
  /** A hint under the search: the backend cannot search, or the person belongs to one organization. */
  | 'hint'
  /** How many organizations the search found (a polite status). */
  | 'result-count'
  /** The scrolling box of the virtualized list. */
  | 'list-scroller'
  /** The listbox (`data-state`: `loading`, `error`, `empty`, `ready`). */
  | 'list'
  /** One organization (`data-current` on the one in scope, `data-active` on the keyboard's). */
  | 'option'
  /** An organization's name. */
  | 'option-name'
  /** The person's roles in it. */
  | 'roles'
  /** Marks the organization in scope. */
  | 'current-mark'
  /** Shown while the next page of organizations loads. */
  | 'loading-more'
  /** The pending invitations. */
  | 'invitations'
  /** Their heading. */
  | 'invitations-title'
  /** One invitation (`data-state`: `idle`, `accepting`, `error`). */
  | 'invitation'
  /** Says the invitation is accepted from its email (the backend cannot accept it here). */
  | 'accept-elsewhere';
