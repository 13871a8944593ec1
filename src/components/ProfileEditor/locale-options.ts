/**
 * The languages a locale field offers, named by `Intl.DisplayNames` in the viewer's language. There is
 * no Intl list of every locale, so the kit keeps a list of widely used ones; a stored value outside it
 * is still offered, so nothing a user chose disappears.
 */
const commonLocales: readonly string[] = [
  'af am ar ar-EG ar-SA az be bg bn bs ca cs cy da de de-AT de-CH el en en-AU en-CA en-GB en-IE ',
  'en-IN en-NZ en-US en-ZA es es-419 es-AR es-ES es-MX et eu fa fi fil fr fr-BE fr-CA fr-CH fr-FR ',
  'ga gl gu he hi hr hu hy id is it ja ka kk km kn ko lt lv mk ml mn mr ms mt my nb ne nl nl-BE pa ',
  'pl ps pt pt-BR pt-PT ro ru si sk sl sq sr sv sw ta te th tr uk ur uz vi zh zh-Hans zh-Hant ',
  'zh-HK zh-TW zu',
]
  .join('')
  .split(' ');

/** One choice of a locale field. */
export interface LocaleOption {
  /** Canonical BCP 47 tag: what is stored. */
  value: string;
  /** Its name in the viewer's language ("German (Switzerland)"). */
  label: string;
  /** Lower-cased words a search matches: the name, the name in the language itself, and the tag. */
  searchTerms: readonly string[];
}

function displayNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
  } catch {
    return null;
  }
}

function nameOf(names: Intl.DisplayNames | null, tag: string): string {
  try {
    return names?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const optionsCache = new Map<string, LocaleOption[]>();

/** The canonical form of a tag, or null when it is not one. */
export function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The locale choices, named in `viewerLocale`, sorted by name for that language. */
export function localeOptions(viewerLocale: string): LocaleOption[] {
  const cached = optionsCache.get(viewerLocale);
  if (cached) return cached;
  const names = displayNames(viewerLocale);
  const options = commonLocales.map((value) => {
    const label = nameOf(names, value);
    const own = nameOf(displayNames(value), value);
    return { value, label, searchTerms: [label, own, value].map((term) => term.toLocaleLowerCase()) };
  });
  let collator: Intl.Collator | null = null;
  try {
    collator = new Intl.Collator(viewerLocale);
  } catch {
    collator = null;
  }
  options.sort((a, b) => (collator ? collator.compare(a.label, b.label) : a.label < b.label ? -1 : 1));
  optionsCache.set(viewerLocale, options);
  return options;
}

/** The name of one locale tag in `viewerLocale` ("German" for `de` in English); the tag itself if unknown. */
export function localeName(tag: string, viewerLocale: string): string {
  return nameOf(displayNames(viewerLocale), tag);
}

/** How well an option matches a search: 0 exactly, 1 at the start of a name, 2 inside one, -1 not at all. */
function matchRank(option: LocaleOption, needle: string): number {
  if (option.searchTerms.some((term) => term === needle)) return 0;
  if (option.searchTerms.some((term) => term.startsWith(needle))) return 1;
  return option.searchTerms.some((term) => term.includes(needle)) ? 2 : -1;
}

/**
 * The options to list for a search, best matches first ("deutsch" puts German before Austrian German),
 * plus the current value (so the native select never loses it).
 */
export function filterLocaleOptions(
  options: readonly LocaleOption[],
  query: string,
  current: string,
  viewerLocale: string,
): LocaleOption[] {
  const needle = query.trim().toLocaleLowerCase();
  const matches =
    needle === ''
      ? [...options]
      : options
          .map((option) => ({ option, rank: matchRank(option, needle) }))
          .filter(({ rank }) => rank >= 0)
          .sort((a, b) => a.rank - b.rank)
          .map(({ option }) => option);
  if (current !== '' && !matches.some((option) => option.value === current)) {
    const known = options.find((option) => option.value === current);
    matches.unshift(
      known ?? { value: current, label: localeName(current, viewerLocale), searchTerms: [current] },
    );
  }
  return matches;
}
