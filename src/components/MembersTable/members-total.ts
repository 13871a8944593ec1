import type { MemberTotals } from '../../core/capabilities.ts';

/**
 * How many members a list holds, as honestly as the backend can say: `exact`, `about` (an estimate)
 * or `at-least` (the total is unknown and more pages exist, so only the loaded count is certain).
 */
export interface MembersTotal {
  /** How sure the count is. */
  kind: 'exact' | 'about' | 'at-least';
  /** The number to show. */
  count: number;
}

/**
 * The total to show for a list: the backend's count when it declares exact totals (or an estimate
 * when it declares those), else the rows loaded so far, with "+" while more pages exist. A backend
 * may send no count at all (`null`); once the last page is loaded, the loaded rows are the total.
 */
export function membersTotalOf(
  totals: MemberTotals,
  totalCount: number | null | undefined,
  loaded: number,
  hasMore: boolean,
): MembersTotal {
  if (!hasMore) return { kind: 'exact', count: loaded };
  if (typeof totalCount !== 'number' || totals === 'none') return { kind: 'at-least', count: loaded };
  if (totals === 'estimated') return { kind: 'about', count: Math.max(totalCount, loaded) };
  return { kind: 'exact', count: totalCount };
}
