import type { ReactNode } from 'react';

/** Props of Badge. */
export interface BadgeProps {
  /** Colour family: `neutral`, `accent`, `success`, `warning`, `danger`. */
  tone?: 'neutral' | 'accent' | 'success' | 'warning' | 'danger';
  /** A stable value for `data-value`, so hosts can style one status (`data-value="pending_invite"`). */
  value?: string;
  /** The text. */
  children: ReactNode;
}

/** A short status label. Part `badge`, with `data-tone` and `data-value`. */
export function Badge({ tone = 'neutral', value, children }: BadgeProps) {
  return (
    <span data-part="badge" data-tone={tone} data-value={value}>
      {children}
    </span>
  );
}
