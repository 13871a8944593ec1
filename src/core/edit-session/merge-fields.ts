/** Whether two values of one field are the same (the field is named for forms that compare per field). */
export type FieldEquality = (field: string, a: unknown, b: unknown) => boolean;

/** Empty in a form: a cleared input, a missing value and null all mean "not set". */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Structural equality of plain values (strings, numbers, booleans, arrays, plain objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

/** The default field equality: structural, with `''`, `null` and a missing value all equal. */
export const sameFieldValue: FieldEquality = (_field, a, b) => sameValue(a, b);

/** What a three-way merge gives: the merged draft and the fields both sides changed differently. */
export interface MergedFields {
  /** The person's changes laid over the other version. */
  draft: Record<string, unknown>;
  /** Fields the person changed that the other version changed to something else. */
  clashes: string[];
}

/**
 * Lays the person's edits (draft against base) over another saved version (`theirs`): a field only
 * the other side changed takes its value, a field only the person changed keeps theirs, and a field
 * both changed to different values is a clash. A clash keeps the person's value; `prefer: 'mine'`
 * (after they chose to keep theirs) reports no clashes.
 */
export function mergeFields(
  base: Readonly<Record<string, unknown>>,
  draft: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
  equals: FieldEquality,
  prefer?: 'mine',
): MergedFields {
  const merged: Record<string, unknown> = {};
  const clashes: string[] = [];
  const fields = new Set([...Object.keys(base), ...Object.keys(draft), ...Object.keys(theirs)]);
  for (const field of fields) {
    const mine = !equals(field, draft[field], base[field]);
    if (!mine) {
      merged[field] = theirs[field];
      continue;
    }
    merged[field] = draft[field];
    if (prefer !== 'mine' && editsClash(field, base[field], draft[field], theirs[field], equals))
      clashes.push(field);
  }
  return { draft: merged, clashes };
}

/**
 * The one rule of every three-way merge in the kit (a form's edits, a patch sent again over a newer
 * version): a field the person wrote clashes when the other side changed it since `base`, to a value
 * other than the person's. Both sides setting the same value, or only one side changing it, is no clash.
 */
export function editsClash(
  field: string,
  base: unknown,
  mine: unknown,
  theirs: unknown,
  equals: FieldEquality = sameFieldValue,
): boolean {
  return !equals(field, theirs, base) && !equals(field, mine, theirs);
}

/** Whether two sets of values hold the same value in every field. */
export function sameValues(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  equals: FieldEquality = sameFieldValue,
): boolean {
  if (a === b) return true;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].every((field) => equals(field, a[field], b[field]));
}
