/**
 * Why a pattern from attribute definitions could freeze the page, or null when it cannot.
 *
 * JavaScript's regular expressions backtrack and cannot be interrupted, so a pattern such as `(a+)+$`
 * takes exponential time on `aaaa…!`, in the browser's only thread. Patterns come from the backend
 * (untrusted), so the kit refuses the shapes that backtrack exponentially before it ever runs one:
 * - a repeated group that itself contains a repetition (`(a+)+`, `(\d*)*`, `(a{2,})+`): nested
 *   quantifiers, the classic catastrophic case;
 * - a repeated group that contains an alternation (`(a|a)*`, `(\w|\d)+`): overlapping branches
 *   backtrack exponentially too, and overlap cannot be decided cheaply;
 * - backreferences (`(a)\1`), whose matching is not bounded by any automaton.
 * What remains can still backtrack polynomially (`\d*\d*x`); `validateAttributeValue` bounds that by
 * testing patterns only on values up to `patternInputLimit` characters.
 *
 * A hand-written scan rather than a library: the check runs in the browser on every definitions load,
 * and `safe-regex2` (which checks nesting only, not alternation) would bring a regex parser with it.
 */
export function patternBacktrackingRisk(pattern: string): string | null {
  if (/\\(?:[1-9]|k<)/.test(pattern)) return 'a backreference';
  // Escapes (`\(`, `\u{…}`, `\p{L}`) and character classes (`[(+*]`) match one character: each
  // becomes a plain `a`, so what is left to scan holds only groups, alternatives and quantifiers.
  const atoms = pattern.replace(
    /\\(?:[upP]\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|[\s\S]?)|\[(?:\\[\s\S]|[^\]\\])*\]?/g,
    'a',
  );
  /** Per open group: whether it holds a repetition or an alternation so far. */
  const stack = [{ repeats: false, alternates: false }];
  /** The atom a following quantifier would apply to: a closed group's contents, or a single token. */
  let previous: { repeats: boolean; alternates: boolean } | null = null;
  let index = 0;
  while (index < atoms.length) {
    const char = atoms[index] as string;
    const frame = stack[stack.length - 1] as { repeats: boolean; alternates: boolean };
    const quantifier = readQuantifier(atoms, index);
    if (char === '(') {
      stack.push({ repeats: false, alternates: false });
      previous = null;
    } else if (char === ')') {
      const closed = stack.length > 1 ? stack.pop() : undefined;
      previous = closed ?? { repeats: false, alternates: false };
      const parent = stack[stack.length - 1] as { repeats: boolean; alternates: boolean };
      // What a group holds, its enclosing group holds too: `((a+))+` nests as much as `(a+)+`.
      parent.repeats ||= previous.repeats;
      parent.alternates ||= previous.alternates;
    } else if (char === '|') {
      frame.alternates = true;
      previous = null;
    } else if (quantifier) {
      if (quantifier.repeats && previous) {
        if (previous.repeats) return 'nested quantifiers';
        if (previous.alternates) return 'repeated alternatives';
        frame.repeats = true;
      }
      previous = null;
      index = quantifier.end;
      continue;
    } else {
      previous = { repeats: false, alternates: false };
    }
    index += 1;
  }
  return null;
}

/** The longest value a definition's pattern is tested on: bounds polynomial backtracking. */
export const patternInputLimit = 256;

/** A quantifier at `index` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy), or null. */
function readQuantifier(pattern: string, index: number): { repeats: boolean; end: number } | null {
  const char = pattern[index];
  let end: number;
  let repeats: boolean;
  if (char === '*' || char === '+') {
    repeats = true;
    end = index + 1;
  } else if (char === '?') {
    repeats = false;
    end = index + 1;
  } else if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
    if (!match) return null;
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : match[3] === '' ? Number.POSITIVE_INFINITY : Number(match[3]);
    repeats = high > 1;
    end = index + match[0].length;
  } else {
    return null;
  }
  if (pattern[end] === '?') end += 1;
  return { repeats, end };
}
