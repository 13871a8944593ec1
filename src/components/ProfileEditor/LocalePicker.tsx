'use client';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { formatMessage } from '../../i18n/format.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';
import { textOf } from './form-values.ts';
import { filterLocaleOptions, type LocaleOption, localeOptions } from './locale-options.ts';
import type { FieldRendererProps } from './profile-editor-types.ts';

/**
 * A searchable language list for `locale` fields: a search box filters a native select whose options
 * are named in the viewer's language (`Intl.DisplayNames`) and whose values are canonical BCP 47 tags.
 * A native select keeps keyboard and screen-reader behaviour for free and can only yield a real tag.
 * The list (a hundred languages, each named twice: 50 ms on a slow machine) is built when the person
 * reaches for the picker (focus or press), not with the form; until then the select holds its value.
 * Parts `locale-picker`, `locale-search`, `select`.
 */
export function LocalePicker({
  definition,
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  controlProps,
  classNames,
}: FieldRendererProps) {
  const { locale, messages } = useTeamkit();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const current = typeof value === 'string' ? value : textOf(value);
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  const all = useMemo<LocaleOption[]>(() => (wanted ? localeOptions(locale) : []), [wanted, locale]);
  const searching = deferredQuery.trim() !== '';
  // What the search finds, and what the select lists: the same plus the current value, always kept.
  const matches = useMemo(
    () => filterLocaleOptions(all, deferredQuery, '', locale),
    [all, deferredQuery, locale],
  );
  const shown = useMemo(
    () => filterLocaleOptions(all, deferredQuery, current, locale),
    [all, deferredQuery, current, locale],
  );
  return (
    <div data-part="locale-picker" className={cx(classNames?.['locale-picker'])}>
      <input
        id={searchId}
        type="search"
        aria-label={formatMessage(messages.profile.locale.search, { label: definition.label })}
        aria-controls={controlProps.id}
        placeholder={messages.profile.locale.searchPlaceholder}
        autoComplete="off"
        value={query}
        onFocus={want}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the first match instead of submitting the form mid-search.
          if (event.key === 'Enter' && query.trim() !== '') {
            event.preventDefault();
            const first = filterLocaleOptions(localeOptions(locale), query, '', locale)[0];
            if (first) onChange(first.value);
          }
        }}
        data-part="locale-search"
        className={cx(classNames?.['locale-search'])}
      />
      <select
        {...controlProps}
        ref={inputRef}
        name={name}
        value={current}
        onFocus={want}
        onPointerDown={want}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        data-part="select"
        className={cx(classNames?.select)}
      >
        <option value="">{messages.profile.locale.choose}</option>
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {searching && matches.length === 0 ? (
          <option value="" disabled>
            {messages.profile.locale.noMatches}
          </option>
        ) : null}
      </select>
    </div>
  );
}
