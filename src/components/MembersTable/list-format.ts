const listFormats = new Map<string, Intl.ListFormat>();

/** One list formatter per locale ("Admin and Billing manager"): building one costs more than a row render. */
export function listFormatOf(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
}
