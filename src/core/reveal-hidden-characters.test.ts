import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, revealHiddenCharacters } from './reveal-hidden-characters.ts';

describe('revealHiddenCharacters', () => {
  it('shows a right-to-left override that would draw an address backwards', () => {
    const disguised = 'ada@\u202Emoc.elpmaxe';
    expect(hasHiddenCharacters(disguised)).toBe(true);
    expect(revealHiddenCharacters(disguised)).toBe('ada@⟨U+202E⟩moc.elpmaxe');
  });

  it.each([
    ['zero-width space', 'ad\u200Ba@example.com', 'ad⟨U+200B⟩a@example.com'],
    ['zero-width joiner', 'a\u200Dda', 'a⟨U+200D⟩da'],
    ['byte-order mark', '\uFEFFAda', '⟨U+FEFF⟩Ada'],
    ['isolate', '\u2067Ada\u2069', '⟨U+2067⟩Ada⟨U+2069⟩'],
    ['left-to-right mark', 'Ada\u200E', 'Ada⟨U+200E⟩'],
    ['Arabic letter mark', 'Ada\u061C', 'Ada⟨U+061C⟩'],
    ['soft hyphen', 'Lo\u00ADvelace', 'Lo⟨U+00AD⟩velace'],
  ])('shows a %s', (_name, input, shown) => {
    expect(revealHiddenCharacters(input)).toBe(shown);
  });

  it('leaves ordinary text in any script alone, and answers the same on every call', () => {
    for (const text of ['Ada Lovelace', 'آدا لوفلايس', 'José Ñúñez', '李雷', 'ada+tag@example.com']) {
      expect(hasHiddenCharacters(text)).toBe(false);
      expect(hasHiddenCharacters(text)).toBe(false);
      expect(revealHiddenCharacters(text)).toBe(text);
    }
  });
});
