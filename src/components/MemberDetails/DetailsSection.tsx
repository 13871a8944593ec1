import { type ReactNode, useId } from 'react';

/** Props of DetailsSection. */
export interface DetailsSectionProps {
  /** Stable name for `data-section`, so hosts can target one section. */
  name: string;
  /** The section's heading. */
  title: ReactNode;
  /** What the section holds and who may change it. */
  help?: ReactNode;
  /** Classes for the section. */
  className?: string;
  /** The content. */
  children: ReactNode;
}

/** One titled part of the member details, labelled by its heading. Part `section`, with `data-section`. */
export function DetailsSection({ name, title, help, className, children }: DetailsSectionProps) {
  const titleId = useId();
  return (
    <section data-part="section" data-section={name} aria-labelledby={titleId} className={className}>
      <h3 data-part="section-title" id={titleId}>
        {title}
      </h3>
      {help ? <p data-part="section-help">{help}</p> : null}
      {children}
    </section>
  );
}
