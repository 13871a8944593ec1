/**
 * A deep copy of plain JSON-like data, so nothing the adapter returns or records shares objects with its
 * store. Functions and AbortSignals are left out; a `__proto__` key is copied as data, never as a prototype.
 */
export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => deepCopy(item)) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'function' || isAbortSignal(item)) continue;
    Object.defineProperty(copy, key, {
      value: deepCopy(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}

function isAbortSignal(value: unknown): boolean {
  return typeof AbortSignal !== 'undefined' && value instanceof AbortSignal;
}
