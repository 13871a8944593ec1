/**
 * Small hosts the metadata stories render: a page that owns a bag and saves patches into it (as a
 * host's own state or backend would), and a larger form that embeds the headless editor.
 */
import { type FormEvent, useState } from 'react';
import { MetadataEditor } from '../src/components/MetadataEditor/MetadataEditor.tsx';
import type { MetadataScope } from '../src/components/MetadataEditor/use-metadata-editor.ts';
import { useMetadataEditor } from '../src/components/MetadataEditor/use-metadata-editor.ts';
import type { Metadata, MetadataPatch } from '../src/core/json.ts';
import type { MetadataLimits } from '../src/core/limits.ts';
import { applyMetadataPatch } from '../src/core/metadata.ts';
import { useUpdateProfile } from '../src/react/use-update-profile.ts';
import { useUser } from '../src/react/use-user.ts';

/** Props of MetadataHost. */
export interface MetadataHostProps {
  /** The bag the page starts with. */
  initial: Metadata;
  /** Called with each patch; reject to make the save fail. Resolved saves are applied to the bag. */
  onSave: (patch: MetadataPatch) => Promise<void> | void;
  /** Which bag, for the default limits. */
  scope?: MetadataScope;
  /** Limits to enforce instead of the adapter's. */
  limits?: MetadataLimits;
  /** Read-only mode. */
  readOnly?: boolean;
  /** The legend. */
  label?: string;
}

/** A page owning a metadata bag: `value` + `onSave`, and the saved patch applied to its state. */
export function MetadataHost({ initial, onSave, scope, limits, readOnly, label }: MetadataHostProps) {
  const [value, setValue] = useState(initial);
  return (
    <MetadataEditor
      label={label}
      value={value}
      scope={scope}
      limits={limits}
      readOnly={readOnly}
      onSave={async (patch) => {
        await onSave(patch);
        setValue((current) => applyMetadataPatch(current, patch));
      }}
    />
  );
}

/**
 * A page showing the signed-in person's own metadata as the backend stores it (`useUser`), saved with
 * the version it was read at (`useUpdateProfile`), as MemberDetails does: a save after someone else's
 * is refused with `conflict`, and the refetch that follows brings the latest bag to the editor.
 */
export function StoredUserMetadata({ label = 'Your preferences' }: { label?: string }) {
  const user = useUser();
  const update = useUpdateProfile();
  if (!user.data) return <p role="status">Loading…</p>;
  const { userMetadata, version } = user.data;
  return (
    <MetadataEditor
      label={label}
      scope="user"
      value={userMetadata}
      onSave={async (patch) => {
        await update.mutateAsync({ patch: { userMetadata: patch }, expectedVersion: version });
      }}
    />
  );
}

/** A host's own form (a CRM record) with the editor embedded through `useMetadataEditor`. */
export function MetadataInHostForm({ initial }: { initial: Metadata }) {
  const [stored, setStored] = useState(initial);
  const [title, setTitle] = useState('Renewal 2025');
  const [sent, setSent] = useState<string>('');
  const editor = useMetadataEditor({ value: stored, scope: 'user' });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    editor.revealIssues();
    if (!editor.isValid) return;
    setSent(JSON.stringify({ title, metadata: editor.patch }, null, 2));
    setStored((current) => applyMetadataPatch(current, editor.patch));
  };
  return (
    <form onSubmit={onSubmit} style={{ display: 'grid', gap: '1rem', maxInlineSize: '40rem' }}>
      <label style={{ display: 'grid', gap: '0.25rem' }}>
        Deal title
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <MetadataEditor editor={editor} label="Deal fields" />
      <button type="submit">Save deal {editor.isDirty ? '(unsaved changes)' : ''}</button>
      {sent ? (
        <output>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{sent}</pre>
        </output>
      ) : null}
    </form>
  );
}
