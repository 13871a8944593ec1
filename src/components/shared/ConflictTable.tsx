'use client';
import type { ReactNode } from 'react';
import { useTeamkit } from '../../react/use-teamkit.ts';

/** The `data-part` a conflict table carries: `differences` (the profile's review), `conflict` (settings). */
export type ConflictTableKind = 'differences' | 'conflict';

/** One field of a conflict: what the person has, what is stored now, and which side changed it. */
export interface ConflictRow {
  /** The field's name or path (`displayName`, `metadata.plan`), written as `data-field`. */
  field: string;
  /** What to call the field (rendered isolated, it may be any direction). */
  label: ReactNode;
  /** The person's value, as shown. */
  yours: ReactNode;
  /** The value stored now, as shown. */
  theirs: ReactNode;
  /** The person changed this field (`data-changed-here`). */
  changedHere: boolean;
  /** Someone else changed this field (`data-changed-elsewhere`); both set: a true clash. */
  changedElsewhere: boolean;
}

/** Props of ConflictTable. */
export interface ConflictTableProps {
  /** The part name of the table. */
  part: ConflictTableKind;
  /** The fields to show, in order. */
  rows: readonly ConflictRow[];
  /** Classes for the table. */
  className?: string;
}

/**
 * The one table every conflict review shows (the profile editor's, the organization settings'): a
 * field per row with the person's value and the latest stored one, under the same caption and headers,
 * so a person meets the same review in every form. Rows carry `data-field`, `data-changed-here` and
 * `data-changed-elsewhere`.
 */
export function ConflictTable({ part, rows, className }: ConflictTableProps) {
  const words = useTeamkit().messages.profile.conflict;
  return (
    <table data-part={part === 'differences' ? 'differences' : 'conflict'} className={className}>
      <caption>{words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{words.field}</th>
          <th scope="col">{words.yours}</th>
          <th scope="col">{words.latest}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.field}
            data-field={row.field}
            data-changed-here={row.changedHere || undefined}
            data-changed-elsewhere={row.changedElsewhere || undefined}
          >
            <th scope="row">
              <bdi>{row.label}</bdi>
            </th>
            <td>{row.yours}</td>
            <td>{row.theirs}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
