/**
 * Characters that change how text looks without showing themselves: bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), directional marks (U+200E, U+200F, U+061C),
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft hyphen. In a name or an email
 * from the backend they can disguise an address (`moc.elpmaxe@…` drawn backwards by U+202E), so the
 * kit shows each one as a visible code instead.
 */
const hiddenCharacters = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** True when `text` holds a character that `revealHiddenCharacters` would make visible. */
export function hasHiddenCharacters(text: string): boolean {
  hiddenCharacters.lastIndex = 0;
  return hiddenCharacters.test(text);
}

/**
 * `text` with every invisible or direction-changing character replaced by its code in brackets
 * (`⟨U+202E⟩`), so what a person reads is what the string holds. Other text is left as it is.
 */
export function revealHiddenCharacters(text: string): string {
  return text.replace(
    hiddenCharacters,
    (char) => `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
