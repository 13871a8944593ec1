/** Joins class names, skipping empty ones; the host's `className` goes last so it wins ties. */
export function cx(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}
