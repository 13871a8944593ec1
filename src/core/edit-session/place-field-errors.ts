import type { TeamkitError } from '../errors.ts';

/** A server message naming a field the form does not show. */
export interface UnplacedError {
  /** The path the server named (`customAttributes.plan`). */
  path: string;
  /** The server's message (untrusted: render as text). */
  message: string;
}

/** A typed error's field messages, sorted into those a form can show on a field and the rest. */
export interface PlacedFieldErrors {
  /** Messages by the form's field name. */
  placed: Record<string, string>;
  /** Messages whose path names no field of the form, in the order the server gave them. */
  unplaced: UnplacedError[];
}

/**
 * Puts a typed error's field messages on the form's fields. `fieldOfPath` maps a server path to the
 * form's field (null when the form does not show it); by default a path is the field's name. The
 * first message wins when two paths name one field.
 */
export function placeFieldErrors(
  error: TeamkitError,
  fieldOfPath: (path: string) => string | null = (path) => path,
): PlacedFieldErrors {
  const placed: Record<string, string> = {};
  const unplaced: UnplacedError[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const field = fieldOfPath(path);
    if (field === null) unplaced.push({ path, message });
    else placed[field] ??= message;
  }
  return { placed, unplaced };
}
