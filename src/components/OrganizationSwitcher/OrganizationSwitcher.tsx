'use client';
import { useEffect, useMemo, useRef } from 'react';
import type { ViewerOrganization } from '../../core/viewer-organization.ts';
import { formatMessage, formatPlural } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useOrganization } from '../../react/use-organization.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { InvitationList } from './InvitationList.tsx';
import { OrganizationOptions } from './OrganizationOptions.tsx';
import type { OrganizationSwitcherPart } from './parts.ts';
import { englishSwitcherText, type OrganizationSwitcherText } from './switcher-text.ts';
import { useOrganizationSwitcher } from './use-organization-switcher.ts';

/** Props of OrganizationSwitcher. */
export interface OrganizationSwitcherProps {
  /**
   * Single words to change. The words come from the provider's catalogue (its `switcher` area: `es`,
   * `de`, `ar` or English), with `overrides.switcher` laid over; these are laid over both.
   */
  text?: Partial<OrganizationSwitcherText>;
  /** Organizations per page (the backend caps it). */
  pageSize?: number;
  /** Called after the person switches, with the organization chosen. */
  onSwitched?: (organization: ViewerOrganization) => void;
  /** Opens the panel at first (for stories and pages that show it at once). */
  defaultOpen?: boolean;
  /** A class for the root. */
  className?: string;
  /** Classes per part. */
  classNames?: Partial<Record<OrganizationSwitcherPart, string>>;
}

/**
 * The organizations the signed-in person belongs to, with their role in each and their pending
 * invitations to accept; choosing one switches the provider, and every Teamkit component under it
 * follows without showing the previous organization's data. A button opens a panel with a search
 * field that drives a listbox (arrows, Page Up/Down, Ctrl+Home/End, Enter, Escape); hundreds of
 * organizations are virtualized and searched on the server. Root part `organization-switcher`.
 */
export function OrganizationSwitcher(props: OrganizationSwitcherProps) {
  const { className, classNames = {} } = props;
  const { dir, locale } = useTeamkit();
  const catalogue = useAreaMessages('switcher', englishSwitcherText);
  const text = useMemo(
    () => (props.text ? { ...catalogue, ...props.text } : catalogue),
    [catalogue, props.text],
  );
  const switcherOptions = { text, pageSize: props.pageSize, onSwitched: props.onSwitched };
  const switcher = useOrganizationSwitcher(switcherOptions);
  const current = useOrganization();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const { open, setOpen } = switcher;

  // biome-ignore lint/correctness/useExhaustiveDependencies: opens once, as the story or page asked
  useEffect(() => {
    if (props.defaultOpen) setOpen(true);
  }, []);
  useEffect(() => {
    if (!open) return;
    search.current?.focus();
    // A press outside the switcher closes it, as a popover does.
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, setOpen]);

  // When the panel closes (a choice, Escape), focus goes back to the trigger unless the person moved
  // it elsewhere (a press outside on another control keeps it there).
  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    const focused = document.activeElement;
    if (closed && (focused === document.body || focused === null || root.current?.contains(focused))) {
      trigger.current?.focus();
    }
  }, [open]);
  const close = () => setOpen(false);
  const name = current.data?.displayName;
  const listState =
    switcher.error && switcher.organizations.length === 0
      ? 'error'
      : switcher.isLoading
        ? 'loading'
        : switcher.organizations.length === 0
          ? 'empty'
          : 'ready';

  return (
    <div
      ref={root}
      data-teamkit=""
      dir={dir}
      data-part="organization-switcher"
      data-state={open ? 'open' : 'closed'}
      className={cx(classNames['organization-switcher'], className)}
    >
      <button
        ref={trigger}
        type="button"
        data-part="trigger"
        className={classNames.trigger}
        aria-expanded={open}
        aria-controls={open ? switcher.ids.panel : undefined}
        aria-label={name ? formatMessage(text.trigger, { organization: name }) : text.triggerLoading}
        onClick={() => setOpen(!open)}
      >
        <span data-part="trigger-name">{name ?? text.triggerLoading}</span>
      </button>
      {open ? (
        <div
          id={switcher.ids.panel}
          role="dialog"
          aria-label={text.title}
          data-part="panel"
          className={classNames.panel}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        >
          {!switcher.isSupported ? (
            <p data-part="notice">{text.unsupported}</p>
          ) : (
            <>
              <label data-part="search" className={classNames.search}>
                <span data-part="label">{text.search}</span>
                <input
                  ref={search}
                  type="search"
                  role="combobox"
                  aria-expanded={listState === 'ready'}
                  aria-controls={switcher.ids.list}
                  aria-autocomplete="list"
                  aria-activedescendant={
                    switcher.activeIndex >= 0 && listState === 'ready'
                      ? switcher.ids.option(switcher.activeIndex)
                      : undefined
                  }
                  disabled={!switcher.canSearch && switcher.organizations.length === 0}
                  readOnly={!switcher.canSearch}
                  aria-describedby={switcher.canSearch ? undefined : `${switcher.ids.panel}-no-search`}
                  value={switcher.searchText}
                  onChange={(event) => switcher.setSearchText(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      event.preventDefault();
                      event.stopPropagation();
                      close();
                      return;
                    }
                    switcher.onSearchKeyDown(event);
                  }}
                />
              </label>
              {switcher.canSearch ? null : (
                <p id={`${switcher.ids.panel}-no-search`} data-part="hint">
                  {text.noSearch}
                </p>
              )}
              <p role="status" data-part="result-count">
                {listState === 'ready'
                  ? formatPlural(
                      text.resultCount,
                      switcher.totalCount ?? switcher.organizations.length,
                      locale,
                    )
                  : ''}
              </p>
              {listState === 'loading' ? (
                <p data-part="list" data-state="loading" role="status">
                  {text.loading}
                </p>
              ) : listState === 'error' ? (
                <div data-part="list" data-state="error">
                  <ErrorNotice
                    error={switcher.error}
                    title={text.failed}
                    onRetry={() => void switcher.refetch()}
                  />
                </div>
              ) : listState === 'empty' ? (
                <p data-part="list" data-state="empty">
                  {switcher.appliedSearch === ''
                    ? text.none
                    : formatMessage(text.noResults, { search: switcher.appliedSearch })}
                </p>
              ) : (
                <OrganizationOptions switcher={switcher} text={text} />
              )}
              {listState === 'ready' &&
              switcher.organizations.length === 1 &&
              switcher.appliedSearch === '' ? (
                <p data-part="hint">{text.single}</p>
              ) : null}
              <InvitationList invitations={switcher.invitations} text={text} />
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
