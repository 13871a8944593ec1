/** One entry of a menu (shared `Menu`): a command, a group of choices, or a divider. */
export type MenuEntry =
  | {
      /** A command. */
      type: 'item';
      /** Stable key (also `data-action`). */
      key: string;
      /** What the item says. */
      label: string;
      /** Runs the command; the menu has closed and focus is back on its button by then. */
      onSelect: () => void;
      /** `danger` for destructive commands. */
      tone?: 'danger';
      /** When set, the item is shown disabled with this text saying why. */
      disabledReason?: string;
    }
  | {
      /**
       * A labelled group of choices: mutually exclusive (menuitemradio), or each on or off
       * (menuitemcheckbox) when `multiple`.
       */
      type: 'choice-group';
      /** Stable key (also `data-action`). */
      key: string;
      /** The group's label. */
      label: string;
      /** Whether several choices can be on at once. */
      multiple?: boolean;
      /** The choices; `checked` marks the current ones; a `disabled` one is shown but does nothing. */
      options: readonly { value: string; label: string; checked: boolean; disabled?: boolean }[];
      /** Called with the chosen (or toggled) value. */
      onSelect: (value: string) => void;
    }
  | {
      /** A divider between groups. */
      type: 'separator';
      /** Stable key. */
      key: string;
    };

/** Classes for the menu's parts that a component using it passes on from its host's `classNames`. */
export interface MenuClassNames {
  /** The button that opens the menu. */
  'menu-trigger'?: string | undefined;
  /** The popup list. */
  menu?: string | undefined;
  /** Each item and choice. */
  'menu-item'?: string | undefined;
}
