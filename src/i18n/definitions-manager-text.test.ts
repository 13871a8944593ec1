// @vitest-environment node
// The manager's words in every language: the same keys and {placeholders} as English, nothing left in
// English, and the picker choosing by the locale's language.
import { describe, expect, it } from 'vitest';
import { definitionsManagerCatalogues, definitionsManagerText } from './definitions-manager-text.ts';

function entries(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    entries(inner, path ? `${path}.${key}` : key),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Words spelled the same in English and the language. */
const same: Record<string, readonly string[]> = { es: ['General'], de: ['Text', 'System'], ar: [] };

describe('the definitions manager’s words', () => {
  const english = new Map(entries(definitionsManagerCatalogues.en));
  for (const language of ['es', 'de', 'ar'] as const) {
    it(`in ${language}: every key, its placeholders, and translated`, () => {
      const translated = new Map(entries(definitionsManagerCatalogues[language]));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of translated) {
        const original = english.get(path) ?? '';
        expect(placeholders(text), path).toEqual(placeholders(original));
        if (text === original) expect(same[language], path).toContain(text);
      }
    });
  }

  it('are picked by the locale’s language, English when there are none', () => {
    expect(definitionsManagerText('es-MX')).toBe(definitionsManagerCatalogues.es);
    expect(definitionsManagerText('AR')).toBe(definitionsManagerCatalogues.ar);
    expect(definitionsManagerText('fr')).toBe(definitionsManagerCatalogues.en);
    expect(definitionsManagerText('__proto__')).toBe(definitionsManagerCatalogues.en);
  });
});
