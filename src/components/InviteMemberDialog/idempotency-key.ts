let fallbackCounter = 0;

/**
 * A fresh idempotency key: a random UUID where the platform has one (secure contexts), else a
 * time-, counter- and Math.random-based key, unique enough for one browser tab's invites.
 */
export function createIdempotencyKey(): string {
  const uuid = globalThis.crypto?.randomUUID;
  // randomUUID exists only in secure contexts (https, localhost); plain-http intranets must still work.
  if (typeof uuid === 'function') return uuid.call(globalThis.crypto);
  fallbackCounter += 1;
  const random = Math.random().toString(36).slice(2, 12);
  return `invite-${Date.now().toString(36)}-${fallbackCounter.toString(36)}-${random}`;
}
