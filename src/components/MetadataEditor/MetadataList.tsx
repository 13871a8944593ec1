'use client';
import type { Metadata } from '../../core/json.ts';
import { metadataToEntries } from '../../core/metadata.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { hugeData } from '../shared/huge-data.ts';
import { JsonValueText } from '../shared/JsonValueText.tsx';
import { ShownPairs } from './ShownPairs.tsx';

/** Props of MetadataList. */
export interface MetadataListProps {
  /** The bag to show. */
  value: Metadata | null | undefined;
  /** Text shown when the bag is empty; the catalogue's "No metadata yet." by default. */
  emptyText?: string;
}

/**
 * A metadata bag as a read-only description list: keys and their values as text, other JSON
 * pre-formatted. Parts `metadata-list`, `item`, `key`, `value`, `empty`.
 */
export function MetadataList({ value, emptyText }: MetadataListProps) {
  const messages = useAreaMessages('metadata', englishMetadata);
  const entries = metadataToEntries(value);
  if (entries.length === 0) return <p data-part="empty">{emptyText ?? messages.empty}</p>;
  return (
    <>
      <dl data-part="metadata-list">
        {entries.slice(0, hugeData.shownPairs).map((entry) => (
          <div key={entry.key} data-part="item">
            <dt data-part="key">{entry.key}</dt>
            <dd data-part="value">
              <JsonValueText value={entry.value} />
            </dd>
          </div>
        ))}
      </dl>
      <ShownPairs total={entries.length} />
    </>
  );
}
