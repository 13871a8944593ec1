/**
 * How much of a backend's data the kit puts on screen. Backend data is untrusted: 5,000 metadata keys
 * or a 1 MB value would otherwise become 5,000 rows of inputs or a megabyte of text, and the page would
 * stall. What is left out is said on screen and kept as stored (a patch names only what was edited).
 */
export const hugeData = {
  /** Metadata pairs shown in an editor or a list; the rest are kept as stored. */
  shownPairs: 200,
  /** The longest text value offered for editing; a longer one is shown shortened, read-only. */
  editableValue: 10_000,
  /** Characters of a read-only value shown before it is cut short. */
  shownText: 1_000,
  /** Characters of a raw JSON record shown. */
  shownJson: 100_000,
};

/** `text` cut to `limit` characters with an ellipsis, or null when it fits. */
export function shortened(text: string, limit: number): string | null {
  return text.length > limit ? `${text.slice(0, limit)}…` : null;
}
