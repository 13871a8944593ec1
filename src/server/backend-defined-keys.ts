/**
 * What the backend behind the handler can store, for definitions a host's store adds: a custom
 * attribute the store defines and the backend does not (Scalekit refuses a value under a key its
 * dashboard has no attribute for; the Scalekit adapter and the memory backend refuse a key their own
 * definitions lack) is declared, never faked. Profiles get it read-only with the reason, the handler
 * refuses a write to it before calling the backend (its write guard reads the served definitions),
 * and the manager marks it `notInBackend`, so the administrator knows what to do. A backend that
 * declares `storesUndeclaredCustomAttributes` (Auth0: any key is a metadata key) defines every key:
 * the handler gives it the served definitions instead (user-routes.ts), and nothing is locked.
 */
import type { TeamkitAdapter } from '../core/adapter.ts';
import { isPlainObject } from '../core/json.ts';
import type { ManagedAttributeDefinition } from '../core/managed-definition.ts';

/** The backend's display name for people, by adapter name. */
const platformNames: Readonly<Record<string, string>> = {
  scalekit: 'Scalekit',
  auth0: 'Auth0',
  memory: 'the memory backend',
};

/** Custom attribute keys the backend itself defines, with its name for people. */
export interface BackendDefinedKeys {
  /** The keys of the backend's own custom attributes, or `any` where it stores every custom key. */
  keys: ReadonlySet<string> | 'any';
  /** The backend as people know it (`Scalekit`, `Auth0`, else the adapter's name). */
  platform: string;
}

/**
 * Reads the backend's own definitions (untrusted: anything but a custom entry with a string key is
 * skipped); none where it declares it stores custom attributes it has no definition of.
 */
export async function backendDefinedKeys(
  adapter: TeamkitAdapter,
  signal: AbortSignal,
): Promise<BackendDefinedKeys> {
  const platform = platformNames[adapter.name] ?? adapter.name;
  if (adapter.capabilities.storesUndeclaredCustomAttributes) return { keys: 'any', platform };
  const listed: unknown = await adapter.listAttributeDefinitions({ signal });
  const keys = new Set<string>();
  for (const item of Array.isArray(listed) ? listed : []) {
    if (isPlainObject(item) && item.scope === 'custom' && typeof item.key === 'string') keys.add(item.key);
  }
  return { keys, platform };
}

/** Whether a stored entry is a custom attribute the backend does not define. */
function isAbsent(item: unknown, backend: BackendDefinedKeys): item is Record<string, unknown> {
  return (
    isPlainObject(item) &&
    item.scope === 'custom' &&
    typeof item.key === 'string' &&
    backend.keys !== 'any' &&
    !backend.keys.has(item.key)
  );
}

/** The reason a profile shows beside such a field (the host may translate it through `translate`). */
export function notInBackendReason(platform: string): string {
  return `Not available yet: an administrator must first create this field in ${platform}.`;
}

/**
 * The stored definitions profiles get, with every custom attribute the backend does not define made
 * read-only (nobody may write it) with the reason. Other entries pass as stored (still untrusted).
 */
export function lockAbsentFromBackend(stored: readonly unknown[], backend: BackendDefinedKeys): unknown[] {
  return stored.map((item) => {
    if (!isAbsent(item, backend)) return item;
    const policy = isPlainObject(item.policy) ? item.policy : {};
    return {
      ...item,
      policy: { ...policy, write: 'none', readOnlyReason: notInBackendReason(backend.platform) },
    };
  });
}

/** The managed definitions with `notInBackend` on each custom attribute the backend does not define. */
export function markAbsentFromBackend<D extends ManagedAttributeDefinition | ManagedAttributeDefinition[]>(
  managed: D,
  backend: BackendDefinedKeys,
): D {
  const mark = (definition: ManagedAttributeDefinition): ManagedAttributeDefinition =>
    isAbsent(definition, backend)
      ? { ...definition, notInBackend: { platform: backend.platform } }
      : definition;
  return (Array.isArray(managed) ? managed.map(mark) : mark(managed as ManagedAttributeDefinition)) as D;
}
