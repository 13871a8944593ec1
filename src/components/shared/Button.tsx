import { type ButtonHTMLAttributes, forwardRef } from 'react';

/** Props of the kit's button: a native button with a variant. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Visual weight: `primary` for the main action, `danger` for destructive ones. */
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  /** Shows a busy state and keeps the button focusable but inert to clicks. */
  busy?: boolean;
}

/**
 * The kit's button, part `button` unless a component names it (`data-part="load-more"`), styled
 * through `button[data-part][data-variant]`; `busy` sets `aria-busy` and blocks clicks without
 * `disabled`, so focus is not lost while a request runs.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', busy = false, type = 'button', onClick, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      data-part="button"
      data-variant={variant}
      data-busy={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    />
  );
});
