/** A role a member can hold in an organization, addressed by name (as Scalekit and Auth0 do). */
export interface Role {
  /** Stable name (`admin`, `member`). */
  name: string;
  /** Name shown to people (`Admin`). */
  displayName: string;
  /** What the role allows, in words. */
  description: string | null;
  /** Whether new members get this role when none is chosen. */
  isDefault: boolean;
  /** Whether holders administer the organization (counts toward the last-admin guard). */
  isAdmin: boolean;
}
