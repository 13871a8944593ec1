'use client';
import { isValidElement, type ReactNode, useId } from 'react';
import { cx } from '../shared/class-names.ts';
import type { GroupContent, ProfileEditorClassNames } from './profile-editor-types.ts';

/** Props of ProfileGroupSection. */
export interface ProfileGroupSectionProps {
  /** The group's name (untrusted text), or null for the fields without a group (no heading). */
  group: string | null;
  /** The group's heading (its localized label), the group's name when absent. */
  label?: string | null;
  /** The host's extra content for this group. */
  content: GroupContent | undefined;
  /** Host class names. */
  classNames: ProfileEditorClassNames | undefined;
  /** The group's fields. */
  children: ReactNode;
}

/** Splits a host's group content into what goes before and after the fields. */
function placeContent(content: GroupContent | undefined): { before: ReactNode; after: ReactNode } {
  if (
    typeof content === 'object' &&
    content !== null &&
    !isValidElement(content) &&
    !Array.isArray(content) &&
    !(Symbol.iterator in content) &&
    ('before' in content || 'after' in content)
  ) {
    const placed = content as { before?: ReactNode; after?: ReactNode };
    return { before: placed.before ?? null, after: placed.after ?? null };
  }
  return { before: null, after: (content as ReactNode) ?? null };
}

/**
 * A section of the profile: a heading from the group's name (a section labelled by it) and its fields,
 * with the host's content before or after them. Parts `group` (`data-group`), `group-heading`,
 * `group-content` (`data-placement="before"|"after"`).
 */
export function ProfileGroupSection({
  group,
  label,
  content,
  classNames,
  children,
}: ProfileGroupSectionProps) {
  const headingId = useId();
  const { before, after } = placeContent(content);
  const extra = (node: ReactNode, placement: 'before' | 'after') =>
    node === null || node === undefined || node === false ? null : (
      <div data-part="group-content" data-placement={placement} className={cx(classNames?.['group-content'])}>
        {node}
      </div>
    );
  const body = (
    <>
      {extra(before, 'before')}
      {children}
      {extra(after, 'after')}
    </>
  );
  if (group === null) {
    return (
      <div data-part="group" className={cx(classNames?.group)}>
        {body}
      </div>
    );
  }
  return (
    <section
      data-part="group"
      data-group={group}
      aria-labelledby={headingId}
      className={cx(classNames?.group)}
    >
      <h2 id={headingId} data-part="group-heading" className={cx(classNames?.['group-heading'])}>
        {/* Untrusted text in the backend's language: isolated from the interface's direction. */}
        <bdi>{label || group}</bdi>
      </h2>
      {body}
    </section>
  );
}
