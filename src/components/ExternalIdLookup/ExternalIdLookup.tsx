'use client';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { lookup as englishLookup } from '../../i18n/en/lookup.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useOrganizationByExternalId } from '../../react/use-organization-by-external-id.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { useUserByExternalId } from '../../react/use-user-by-external-id.ts';
import { Button } from '../shared/Button.tsx';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { Field } from '../shared/Field.tsx';
import { LookupResultCard } from './LookupResultCard.tsx';
import { type ExternalIdKind, type ExternalIdLookupResult, viewOfResult } from './lookup-result.ts';
import type { ExternalIdLookupPart, ExternalIdLookupState } from './parts.ts';

/** Props of ExternalIdLookup. */
export interface ExternalIdLookupProps {
  /** What to look for: an organization (any), or a user among the organization's members. */
  kind: ExternalIdKind;
  /** Offers an Open button on the result, called with what was found. */
  onOpen?: (result: ExternalIdLookupResult) => void;
  /** The ID the box starts with (searched only when submitted). */
  defaultValue?: string;
  /** The label; worded by `kind` by default. */
  label?: string;
  /** Classes for the root. */
  className?: string;
  /** Classes for parts. */
  classNames?: Partial<Record<ExternalIdLookupPart, string>>;
}

/**
 * A small search box a support agent pastes an external ID into: Enter searches, the result shows the
 * name, IDs and a metadata summary; "not found" is an ordinary answer, and failures offer a retry.
 * Root part `external-id-lookup` with `data-state` and `data-kind`.
 */
export function ExternalIdLookup(props: ExternalIdLookupProps) {
  const { kind, onOpen, defaultValue = '', label, className, classNames = {} } = props;
  const { messages, dir, announce } = useTeamkit();
  const m = useAreaMessages('lookup', englishLookup);
  const [text, setText] = useState(defaultValue);
  const [term, setTerm] = useState('');
  const [emptySubmit, setEmptySubmit] = useState(false);
  const [submission, setSubmission] = useState(0);
  const announced = useRef(0);
  const statusId = useId();

  // Both hooks run (hooks cannot be conditional); the one not asked stays idle on an empty ID.
  const organizationQuery = useOrganizationByExternalId(kind === 'organization' ? term : '');
  const userQuery = useUserByExternalId(kind === 'user' ? term : '');
  const query = kind === 'organization' ? organizationQuery : userQuery;

  const result: ExternalIdLookupResult | null =
    kind === 'organization'
      ? organizationQuery.data
        ? { kind, organization: organizationQuery.data }
        : null
      : userQuery.data
        ? { kind, user: userQuery.data }
        : null;

  const state: ExternalIdLookupState =
    term === ''
      ? 'idle'
      : query.isFetching
        ? 'searching'
        : query.isError
          ? 'error'
          : result
            ? 'found'
            : query.data === null
              ? 'not-found'
              : 'searching';

  const notFoundText = formatMessage(kind === 'organization' ? m.organizationNotFound : m.userNotFound, {
    value: term,
  });

  // Each submitted search is announced once it settles, so screen-reader users hear the answer.
  useEffect(() => {
    if (submission === 0 || announced.current === submission) return;
    if (state === 'found' && result) {
      announced.current = submission;
      announce(formatMessage(m.found, { name: viewOfResult(result).name }));
    } else if (state === 'not-found') {
      announced.current = submission;
      announce(notFoundText);
    } else if (state === 'error' && query.error) {
      announced.current = submission;
      announce(messages.common.errors[query.error.code] ?? messages.common.errors.unknown, 'assertive');
    }
  }, [submission, state, result, notFoundText, query.error, announce, m.found, messages.common.errors]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = text.trim();
    setEmptySubmit(next === '');
    if (next === '') return;
    setSubmission((count) => count + 1);
    if (next === term) void query.refetch();
    else setTerm(next);
  };

  return (
    <div
      data-teamkit=""
      dir={dir}
      data-part="external-id-lookup"
      data-kind={kind}
      data-state={state}
      className={cx(classNames['external-id-lookup'], className)}
    >
      <search data-part="search">
        <form onSubmit={onSubmit} noValidate>
          <Field
            name="externalId"
            label={label ?? (kind === 'organization' ? m.organizationLabel : m.userLabel)}
            description={kind === 'organization' ? m.organizationHelp : m.userHelp}
            errors={emptySubmit ? [m.enterId] : []}
            className={classNames.field}
          >
            {(control) => (
              <div data-part="search-row">
                <input
                  {...control}
                  data-part="input"
                  type="search"
                  dir="auto"
                  autoComplete="off"
                  spellCheck={false}
                  enterKeyHint="search"
                  value={text}
                  onChange={(event) => {
                    setText(event.target.value);
                    if (emptySubmit) setEmptySubmit(false);
                  }}
                />
                <Button type="submit" variant="primary" busy={state === 'searching'}>
                  {m.submit}
                </Button>
              </div>
            )}
          </Field>
        </form>
      </search>
      <div data-part="outcome" id={statusId}>
        {state === 'searching' ? <p data-part="searching">{m.searching}</p> : null}
        {state === 'error' ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
        {state === 'not-found' ? (
          <div data-part="not-found" className={classNames['not-found']}>
            <p data-part="not-found-title">{notFoundText}</p>
            <p data-part="not-found-hint">{m.notFoundHint}</p>
          </div>
        ) : null}
        {state === 'found' && result ? (
          <LookupResultCard result={result} onOpen={onOpen} className={classNames.result} />
        ) : null}
      </div>
    </div>
  );
}
