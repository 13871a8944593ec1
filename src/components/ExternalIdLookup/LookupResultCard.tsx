'use client';
import { useId } from 'react';
import { revealHiddenCharacters } from '../../core/reveal-hidden-characters.ts';
import { lookup as englishLookup } from '../../i18n/en/lookup.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/intl.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { Button } from '../shared/Button.tsx';
import { type ExternalIdLookupResult, summarizeKeys, viewOfResult } from './lookup-result.ts';

/** Props of LookupResultCard. */
export interface LookupResultCardProps {
  /** What was found. */
  result: ExternalIdLookupResult;
  /** Offers an Open button when given. */
  onOpen?: (result: ExternalIdLookupResult) => void;
  /** Classes for the card. */
  className?: string;
}

/** One record found by external ID: name, IDs, email (users) and a metadata summary. Part `result`. */
export function LookupResultCard({ result, onOpen, className }: LookupResultCardProps) {
  const { locale } = useTeamkit();
  const m = useAreaMessages('lookup', englishLookup);
  const titleId = useId();
  const view = viewOfResult(result);
  const summary = summarizeKeys(view.metadata);
  const list = new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(summary.keys);
  const keys =
    summary.more > 0
      ? formatMessage(m.metadataMore, { keys: list, more: formatNumber(summary.more, locale) })
      : list;
  return (
    <article data-part="result" data-kind={result.kind} aria-labelledby={titleId} className={className}>
      {/* Record data, isolated from the interface's direction: the name in its own, IDs and the
          address left to right. */}
      <p data-part="result-title" id={titleId}>
        <bdi>{revealHiddenCharacters(view.name)}</bdi>
      </p>
      <dl data-part="result-fields">
        <div data-part="item">
          <dt>{m.idLabel}</dt>
          <dd>
            <code dir="ltr">{view.id}</code>
          </dd>
        </div>
        <div data-part="item">
          <dt>{m.externalIdLabel}</dt>
          <dd>
            <code dir="ltr">{view.externalId ?? ''}</code>
          </dd>
        </div>
        {view.email !== null ? (
          <div data-part="item">
            <dt>{m.emailLabel}</dt>
            <dd>
              <bdi dir="ltr">{revealHiddenCharacters(view.email)}</bdi>
            </dd>
          </div>
        ) : null}
        <div data-part="item">
          <dt>{m.metadataLabel}</dt>
          <dd>
            {summary.count === 0
              ? m.noMetadata
              : formatPlural(m.metadataSummary, summary.count, locale, { keys })}
          </dd>
        </div>
      </dl>
      {onOpen ? (
        <Button
          variant="secondary"
          aria-label={formatMessage(m.openLabel, { name: view.name })}
          onClick={() => onOpen(result)}
        >
          {m.open}
        </Button>
      ) : null}
    </article>
  );
}
