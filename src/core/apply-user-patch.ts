import type { AttributeValue } from './attribute-value.ts';
import { applyMetadataPatch } from './metadata.ts';
import type { User, UserPatch, UserProfile } from './user.ts';

/**
 * The user as it will be once `patch` is applied: records merged by key, `null` removing a key. Used
 * for optimistic updates in the UI and by the memory adapter, so both agree on what a patch means.
 */
export function applyUserPatch(user: User, patch: UserPatch): User {
  let profile: UserProfile = user.profile;
  if (patch.profile) profile = { ...profile, ...patch.profile };
  if (patch.customAttributes) {
    const customAttributes: Record<string, AttributeValue> = { ...profile.customAttributes };
    for (const [key, value] of Object.entries(patch.customAttributes)) {
      if (value === null) delete customAttributes[key];
      else customAttributes[key] = value;
    }
    profile = { ...profile, customAttributes };
  }
  let overrides = user.overrides;
  if (patch.overrides) {
    const next: Record<string, string> = { ...overrides };
    for (const [key, value] of Object.entries(patch.overrides)) {
      if (value === null) delete next[key];
      else next[key] = value;
    }
    overrides = next;
  }
  return {
    ...user,
    profile,
    overrides,
    externalId: patch.externalId === undefined ? user.externalId : patch.externalId,
    userMetadata: patch.userMetadata
      ? applyMetadataPatch(user.userMetadata, patch.userMetadata)
      : user.userMetadata,
    appMetadata: patch.appMetadata
      ? applyMetadataPatch(user.appMetadata, patch.appMetadata)
      : user.appMetadata,
  };
}
