/** Words of the profile editor (ProfileEditor and its parts). */
export const profile = {
  /** The form's accessible name. */
  formLabel: 'Profile',
  loading: 'Loading profile…',
  loadError: 'The profile could not be loaded.',
  empty: 'There are no profile fields to show.',
  fieldsLeftOut: 'Some profile fields could not be shown.',
  save: 'Save changes',
  discard: 'Discard changes',
  /** The visible status line, one per editor state. */
  states: {
    idle: 'No unsaved changes',
    dirty: 'You have unsaved changes',
    saving: 'Saving your changes…',
    saved: 'All changes saved',
    error: 'Your changes were not saved',
    conflict: 'Not saved: this profile changed somewhere else',
  },
  announcements: {
    saved: 'Profile saved.',
    noChanges: 'There are no changes to save.',
    invalid: 'Some fields need attention. The first one has focus.',
    reloaded: 'The latest version of the profile is shown. Your edits were discarded.',
    discarded: 'Your changes were discarded.',
  },
  saveFailed: 'Your changes were not saved. Everything you typed is still here.',
  conflict: {
    title: 'This profile changed somewhere else',
    description:
      'Someone changed this profile after you opened it. Your edits are still here: review what differs, reload the latest version, or save your edits over it.',
    review: 'Review differences',
    hideReview: 'Hide differences',
    reload: 'Reload the latest version',
    overwrite: 'Save my edits anyway',
    loadingLatest: 'Loading the latest version…',
    noDifferences: 'No field differs from the latest version.',
    caption: 'Fields that differ from the latest version',
    field: 'Field',
    yours: 'Your edit',
    notChangedHere: 'Not changed by you',
    latest: 'Latest version',
  },
  email: {
    verified: 'Verified',
    unverified: 'Not verified',
  },
  readOnly: {
    identityProvider: 'Managed by {provider}',
    admin: 'Set by your administrator.',
    system: 'Set automatically; it cannot be changed here.',
    degraded: 'Shown read-only because the field’s definition is invalid: {reason}',
  },
  override: {
    providerFallback: 'your identity provider',
    providerValue: 'Value from {provider}: {value}',
    providerValueEmpty: 'No value from {provider} for this field.',
    useOwn: 'Use a different value',
    useProvider: 'Use the value from {provider}',
    ownValue: 'Your own value, used instead of the one from {provider}.',
  },
  values: {
    yes: 'Yes',
    no: 'No',
    empty: 'Not set',
  },
  select: {
    placeholder: 'Choose…',
  },
  locale: {
    search: 'Search languages for {label}',
    searchPlaceholder: 'Search…',
    noMatches: 'No language matches',
    choose: 'Choose a language',
  },
  rawJson: {
    summary: 'Raw JSON',
    label: 'Raw JSON of this user',
  },
};
