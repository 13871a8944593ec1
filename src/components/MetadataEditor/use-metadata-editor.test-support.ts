/**
 * What the useMetadataEditor tests share: a stored organization bag, the hook rendered over it with
 * Scalekit's organization limits, and a row's id by its key.
 */
import { renderHook } from '@testing-library/react';
import type { Metadata } from '../../core/json.ts';
import { type MetadataLimits, scalekitLimits } from '../../core/limits.ts';
import { type UseMetadataEditorOptions, useMetadataEditor } from './use-metadata-editor.ts';

export const organizationLimits: MetadataLimits = scalekitLimits.organizationMetadata;
export const stored: Metadata = { billing_customer_id: 'stripe_cus_abc123', plan_type: 'enterprise' };

/** The hook over `stored` (or the options given), re-rendered with new props through `rerender`. */
export function renderEditor(initial: Partial<UseMetadataEditorOptions> = {}) {
  return renderHook((props: UseMetadataEditorOptions) => useMetadataEditor(props), {
    initialProps: { value: stored, limits: organizationLimits, ...initial },
  });
}

/** The id of the row holding `key`. */
export function rowId(result: { current: ReturnType<typeof useMetadataEditor> }, key: string): string {
  const row = result.current.entries.find((entry) => entry.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row.id;
}
