// @vitest-environment node
// Every shipped catalogue is complete: the same keys as English (none missing, none extra), the same
// {placeholders} in every message, the plural forms its language needs, and no English left behind.
// The type system already catches a missing key in a translated area file, but not an area left out of a
// locale's index, a spread of the English object, a dropped placeholder or an untranslated string.
import { describe, expect, it } from 'vitest';
import type { TeamkitMessages } from '../src/i18n/messages.ts';
import { ar } from '../src/locales/ar.ts';
import { de } from '../src/locales/de.ts';
import { en } from '../src/locales/en.ts';
import { es } from '../src/locales/es.ts';

const translations: [string, TeamkitMessages][] = [
  ['es', es],
  ['de', de],
  ['ar', ar],
];

/**
 * Words that are spelled the same in English and in a translation, by locale: a message equal to English
 * is accepted only when it is one of these. Keep the list short; each entry is a real word of that
 * language, not a string someone forgot to translate.
 */
const sameWords: Record<string, readonly string[]> = {
  es: ['Roles'],
  de: ['Name', 'Status', 'optional', 'Dashboard'],
  ar: [],
};

/** Messages that may stay as they are in every language (product and protocol names), by path. */
const sameEverywhere = new Set(['members.provisioning.api', 'members.provisioning.scim']);

/** Strings this short (in letters, placeholders aside) may match English: "OK", "ID", "SSO". */
const shortEnough = 3;

const pluralCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

type Entry = { kind: 'text'; text: string } | { kind: 'plural'; forms: Record<string, string> };

function isPlural(value: object): value is Record<string, string> {
  const keys = Object.keys(value);
  return (
    keys.includes('other') &&
    keys.every((key) => pluralCategories.has(key)) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** The catalogue as `path → message`, plural messages kept whole. */
function flatten(
  value: unknown,
  prefix = '',
  out = new Map<string, Entry | { kind: 'invalid'; value: unknown }>(),
) {
  if (typeof value === 'string') {
    out.set(prefix, { kind: 'text', text: value });
  } else if (typeof value === 'object' && value !== null) {
    if (isPlural(value)) {
      out.set(prefix, { kind: 'plural', forms: value });
    } else {
      for (const [key, child] of Object.entries(value))
        flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, { kind: 'invalid', value });
  }
  return out;
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const placeholderSet = (texts: string[]) => [...new Set(texts.flatMap(placeholdersOf))].sort();
const lettersOf = (text: string) => text.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '');

/** The plural categories a locale uses for whole numbers people will see (0…1000). */
function neededCategories(locale: string): string[] {
  const rules = new Intl.PluralRules(locale);
  const found = new Set<string>();
  for (let n = 0; n <= 1000; n += 1) found.add(rules.select(n));
  return [...found].sort();
}

const english = flatten(en);

describe('the English catalogue', () => {
  it('holds only non-empty strings and plural messages', () => {
    const invalid = [...english].filter(
      ([, entry]) => entry.kind === 'invalid' || (entry.kind === 'text' && entry.text.trim() === ''),
    );
    expect(invalid.map(([path]) => path)).toEqual([]);
  });

  it('gives every plural message the forms English needs', () => {
    const missing = [...english]
      .filter((e): e is [string, Extract<Entry, { kind: 'plural' }>] => e[1].kind === 'plural')
      .flatMap(([path, entry]) =>
        neededCategories('en')
          .filter((c) => !(c in entry.forms))
          .map((c) => `${path}.${c}`),
      );
    expect(missing).toEqual([]);
  });
});

describe.each(translations)('given the %s catalogue', (locale, messages) => {
  const translated = flatten(messages);

  it('has every key English has', () => {
    const missing = [...english.keys()].filter((path) => !translated.has(path));
    expect(missing).toEqual([]);
  });

  it('has no key English lacks', () => {
    const extra = [...translated.keys()].filter((path) => !english.has(path));
    expect(extra).toEqual([]);
  });

  it('writes every message as a non-empty string, plural where English is plural', () => {
    const wrong = [...english].flatMap(([path, source]) => {
      const target = translated.get(path);
      if (!target) return [];
      if (target.kind === 'invalid') return [`${path}: not a string`];
      if (target.kind !== source.kind) return [`${path}: ${target.kind}, English is ${source.kind}`];
      if (target.kind === 'text' && target.text.trim() === '') return [`${path}: empty`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('uses the same placeholders as English in every message', () => {
    const mismatched = [...english].flatMap(([path, source]) => {
      const target = translated.get(path);
      if (!target || target.kind === 'invalid' || target.kind !== source.kind) return [];
      const want =
        source.kind === 'text' ? placeholdersOf(source.text) : placeholderSet(Object.values(source.forms));
      const have =
        target.kind === 'text' ? placeholdersOf(target.text) : placeholderSet(Object.values(target.forms));
      // A plural form may leave out {count} ("one member" in words), but the message as a whole may not.
      return JSON.stringify([...new Set(have)]) === JSON.stringify([...new Set(want)])
        ? []
        : [`${path}: {${have.join('}, {')}} instead of {${want.join('}, {')}}`];
    });
    expect(mismatched).toEqual([]);
  });

  it(`gives every plural message the forms ${locale} needs, and only forms it has`, () => {
    const needed = neededCategories(locale);
    const known = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    const problems = [...translated].flatMap(([path, entry]) => {
      if (entry.kind !== 'plural') return [];
      const missing = needed.filter((c) => !(c in entry.forms)).map((c) => `${path}: missing ${c}`);
      const extra = Object.keys(entry.forms)
        .filter((c) => !known.has(c as Intl.LDMLPluralRule))
        .map((c) => `${path}: ${c} is not a plural form in ${locale}`);
      return [...missing, ...extra];
    });
    expect(problems).toEqual([]);
  });

  it('leaves no English behind', () => {
    const untranslated = [...english].flatMap(([path, source]) => {
      const target = translated.get(path);
      if (!target || target.kind === 'invalid' || target.kind !== source.kind) return [];
      if (sameEverywhere.has(path)) return [];
      const pairs: [string, string][] =
        source.kind === 'text' && target.kind === 'text'
          ? [[source.text, target.text]]
          : source.kind === 'plural' && target.kind === 'plural'
            ? [[source.forms.other ?? '', target.forms.other ?? '']]
            : [];
      return pairs
        .filter(([from, to]) => from === to && lettersOf(from).length > shortEnough)
        .filter(([from]) => !sameWords[locale]?.includes(from))
        .map(([from]) => `${path}: "${from}"`);
    });
    expect(untranslated).toEqual([]);
  });
});

describe('the locale entry points', () => {
  it('export each catalogue under its locale code', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const [, messages] of translations) expect(messages.common).toBeTypeOf('object');
  });
});
