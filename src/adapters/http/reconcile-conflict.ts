import { isTeamkitError } from '../../core/errors.ts';

/** Equal as JSON, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  return (
    keysA.length === Object.keys(b).length &&
    keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * A versioned write that may meet its own earlier attempt. When an answer is lost (a dropped
 * connection, a timeout, a proxy's error page) the write may have landed and moved the version;
 * saving again then meets `conflict`, and the person would be told someone else changed the record
 * when it was their own save. Browsers even resend a request themselves when a reused connection
 * closes before any answer. So on `conflict` the record is read again: if it already holds the whole
 * change, nothing would be overwritten and nothing is missing, and that record is the answer. A
 * different value saved by someone else still meets the conflict.
 */
export async function reconcileConflict<T>(
  write: () => Promise<T>,
  read: () => Promise<T>,
  apply: (current: T) => T,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isTeamkitError(error) || error.code !== 'conflict' || Object.keys(error.fieldErrors).length > 0) {
      throw error;
    }
    const current = await read();
    if (!sameJson(apply(current), current)) throw error;
    return current;
  }
}
