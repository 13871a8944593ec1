'use client';
import { useEffect } from 'react';
import { ProfileEditor } from 'teamkit';

/** Props of ProfilePage. */
export interface ProfilePageProps {
  /** Told when unsaved edits appear or go away (and that they are gone when the page closes). */
  onDirtyChange: (dirty: boolean) => void;
}

/** The signed-in person's own profile; leaving it (or the tab) with unsaved edits asks first. */
export function ProfilePage({ onDirtyChange }: ProfilePageProps) {
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  return <ProfileEditor guardUnsavedChanges onDirtyChange={onDirtyChange} />;
}
