import { definitions as ar } from './ar/definitions.ts';
import { definitions as de } from './de/definitions.ts';
import { definitions as en } from './en/definitions.ts';
import { definitions as es } from './es/definitions.ts';

/** Widens string literals so translations type-check against the English shape. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** Every string AttributeDefinitionsManager shows; the English file defines the shape. */
export type DefinitionsManagerText = Widen<typeof en>;

/**
 * The manager's words by language. They live beside the catalogues rather than in them, so pages that
 * never show the manager do not carry them; the manager picks them by the provider's locale.
 */
export const definitionsManagerCatalogues: Readonly<
  Record<'en' | 'es' | 'de' | 'ar', DefinitionsManagerText>
> = {
  en,
  es,
  de,
  ar,
};

/** The manager's words for a BCP 47 locale (`es-MX` → Spanish), English when the language has none. */
export function definitionsManagerText(locale: string): DefinitionsManagerText {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return Object.hasOwn(definitionsManagerCatalogues, language)
    ? definitionsManagerCatalogues[language as keyof typeof definitionsManagerCatalogues]
    : en;
}
