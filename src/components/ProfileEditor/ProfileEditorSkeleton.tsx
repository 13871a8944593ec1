import { useMessages } from '../../react/use-teamkit.ts';
import { cx } from '../shared/class-names.ts';

/** Props of ProfileEditorSkeleton. */
export interface ProfileEditorSkeletonProps {
  /** Class name of the `profile-skeleton` part. */
  className?: string | undefined;
}

/**
 * Placeholder rows while the profile loads, hidden from assistive technology, with the loading words
 * as a status message instead. Part `profile-skeleton`; each placeholder is the shared `skeleton`
 * part with `data-shape="label"` or `"control"`.
 */
export function ProfileEditorSkeleton({ className }: ProfileEditorSkeletonProps) {
  const messages = useMessages();
  return (
    <div data-part="profile-skeleton" className={cx(className)}>
      <p role="status" data-part="visually-hidden">
        {messages.profile.loading}
      </p>
      <div aria-hidden="true" data-part="skeleton-rows">
        {[0, 1, 2, 3].map((row) => (
          <div key={row} data-part="skeleton-row">
            <span data-part="skeleton" data-shape="label" />
            <span data-part="skeleton" data-shape="control" />
          </div>
        ))}
      </div>
    </div>
  );
}
