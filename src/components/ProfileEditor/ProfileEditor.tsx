'use client';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { FormActions } from '../shared/FormActions.tsx';
import { ProfileEditorSkeleton } from './ProfileEditorSkeleton.tsx';
import { ProfileFieldList } from './ProfileFieldList.tsx';
import { ProfileEditorContext, type ProfileEditorContextValue } from './profile-editor-context.ts';
import type { ProfileEditorProps } from './profile-editor-types.ts';
import { useProfileEditorWithFields } from './use-profile-editor.ts';

// Shown only when asked for (the raw record) or when something rare happened (a conflict, where the
// person waits on the server anyway): loaded then, not with the page.
const RawJsonViewer = lazy(() =>
  import('./RawJsonViewer.tsx').then((module) => ({ default: module.RawJsonViewer })),
);
const ConflictPanel = lazy(() =>
  import('./ConflictPanel.tsx').then((module) => ({ default: module.ConflictPanel })),
);

/**
 * A person's profile as a form built at runtime from the attribute definitions: standard and custom
 * fields in their groups and order, each as its policy allows (editable, read-only with a reason, an
 * identity-provider value with an override, the email with its verified state). Saves only what
 * changed, keeps every edit on failure, and handles a conflicting edit made elsewhere.
 *
 * The root carries `data-teamkit`, `data-part="profile-editor"`, `data-state` (loading, load-error, idle, dirty,
 * saving, saved, error, conflict) and `data-mode` (self, admin). See README.md here for every part.
 * @example
 * <ProfileEditor />                                       // the viewer edits their own profile
 * <ProfileEditor userId={member.userId} mode="admin" />   // an admin edits a member
 */
export function ProfileEditor(props: ProfileEditorProps) {
  const { renderers, groupContent, showRawJson = false, className, classNames, ...options } = props;
  const { editor, fields } = useProfileEditorWithFields(options);
  const { messages, dir } = useTeamkit();
  const { user, groups, state } = editor;

  const firstIdentity = user?.identities?.[0];
  const providerName =
    typeof firstIdentity?.displayName === 'string' && firstIdentity.displayName.trim() !== ''
      ? firstIdentity.displayName
      : null;
  const context = useMemo<ProfileEditorContextValue>(
    () => ({ fields, renderers, classNames, providerName, epoch: editor.epoch }),
    [fields, renderers, classNames, providerName, editor.epoch],
  );
  // A retry or a conflict's way out removes the button that had focus: return focus to Save rather than
  // leaving keyboard users at the top of the page.
  const saveButton = useRef<HTMLButtonElement | null>(null);
  const formElement = useRef<HTMLFormElement | null>(null);
  const previousState = useRef(state);
  useEffect(() => {
    const before = previousState.current;
    previousState.current = state;
    if (before === state) return;
    const active = typeof document === 'undefined' ? null : document.activeElement;
    const focusLost = active === null || active === document.body;
    if (['error', 'conflict', 'saving'].includes(before) && focusLost) saveButton.current?.focus();
    // A failure shows under Save, where the person is looking; below the window's edge it would go
    // unseen. Not when focus went to an invalid field: scrolling would take that field away.
    if ((state === 'error' || state === 'conflict') && (focusLost || active === saveButton.current)) {
      formElement.current
        ?.querySelector('[data-part="error-notice"], [data-part="conflict"]')
        ?.scrollIntoView({ block: 'nearest' });
    }
  }, [state]);

  const root = {
    'data-teamkit': '',
    'data-part': 'profile-editor',
    'data-state': state,
    'data-mode': editor.mode,
    dir,
    className: cx(classNames?.['profile-editor'], className),
  };

  if (state === 'loading') {
    return (
      <div {...root} aria-busy="true">
        <ProfileEditorSkeleton className={classNames?.['profile-skeleton']} />
      </div>
    );
  }
  if (state === 'load-error' || !user) {
    return (
      <div {...root}>
        <ErrorNotice error={editor.loadError} onRetry={editor.retryLoad} title={messages.profile.loadError} />
      </div>
    );
  }

  return (
    <div {...root}>
      <ProfileEditorContext.Provider value={context}>
        <form
          ref={formElement}
          noValidate
          aria-label={messages.profile.formLabel}
          onSubmit={(event) => void editor.submit(event)}
          data-part="form"
          className={cx(classNames?.form)}
        >
          {editor.problems.some((problem) => problem.key === '(all)') ? (
            <p data-part="fields-left-out">{messages.profile.fieldsLeftOut}</p>
          ) : null}
          {groups.length === 0 ? (
            <p data-part="empty" className={cx(classNames?.empty)}>
              {messages.profile.empty}
            </p>
          ) : (
            <ProfileFieldList
              groups={groups}
              user={user}
              mode={editor.mode}
              groupContent={groupContent}
              classNames={classNames}
            />
          )}
          <FormActions
            saving={state === 'saving'}
            dirty={editor.isDirty}
            saveLabel={messages.profile.save}
            onDiscard={editor.discard}
            discardLabel={messages.profile.discard}
            saveRef={saveButton}
            className={cx(classNames?.actions)}
          >
            {/* The state in words, always visible; announcements go through the provider's live region. */}
            <p data-part="status" data-state={state} className={cx(classNames?.status)}>
              {messages.profile.states[state]}
            </p>
          </FormActions>
          {state === 'error' && editor.error ? (
            <ErrorNotice
              error={editor.error}
              onRetry={() => void editor.retry()}
              title={messages.profile.saveFailed}
            >
              {editor.unplacedErrors.length > 0 ? (
                <ul data-part="error-fields" className={cx(classNames?.['error-fields'])}>
                  {editor.unplacedErrors.map((problem) => (
                    <li key={problem.path}>
                      {/* The label or key and the server's words are untrusted text, isolated. */}
                      <bdi>{problem.label ?? problem.key}</bdi>: <bdi>{problem.message}</bdi>
                    </li>
                  ))}
                </ul>
              ) : null}
            </ErrorNotice>
          ) : null}
          {editor.conflict ? (
            <Suspense fallback={null}>
              <ConflictPanel conflict={editor.conflict} classNames={classNames} />
            </Suspense>
          ) : null}
        </form>
        {showRawJson ? (
          <Suspense fallback={null}>
            <RawJsonViewer user={user} className={classNames?.['raw-json']} />
          </Suspense>
        ) : null}
      </ProfileEditorContext.Provider>
    </div>
  );
}
