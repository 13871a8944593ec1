'use client';
import { ProfileEditor } from 'teamkit';

/** The signed-in person's own profile. */
export function ProfilePage() {
  return <ProfileEditor />;
}
