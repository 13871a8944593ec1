import type { JsonValue } from '../../core/json.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { hugeData, shortened } from './huge-data.ts';

/** Props of JsonValueText. */
export interface JsonValueTextProps {
  /** Any JSON value a backend stored. */
  value: JsonValue | undefined;
  /** `data-part` of the element, so each place can be styled on its own. */
  part?: string;
}

/** A JSON value as text: strings as they are, anything else as indented JSON (never as HTML). */
export function formatJsonValue(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/**
 * Shows a stored value read-only, never mangled: strings as text, other JSON (objects, arrays,
 * numbers, booleans) pre-formatted. Part `json-value` (or `part`), with `data-type`.
 * Both are isolated from the interface's direction: a string takes its own (it may be any language),
 * JSON is always left to right, or a right-to-left page would turn its braces and commas around.
 */
export function JsonValueText({ value, part = 'json-value' }: JsonValueTextProps) {
  const { locale } = useTeamkit();
  const words = useAreaMessages('metadata', englishMetadata);
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const text = formatJsonValue(value);
  // A megabyte from a backend would stall the page: the start, and how long it is in all.
  const cut = shortened(text, hugeData.shownText);
  const note = cut ? (
    <span data-part="shortened-note">
      {formatMessage(words.valueShortened, {
        count: new Intl.NumberFormat(locale).format(text.length),
      })}
    </span>
  ) : null;
  if (typeof value === 'string') {
    return (
      <>
        <span data-part={part} data-type={type} dir="auto">
          {cut ?? text}
        </span>
        {note}
      </>
    );
  }
  return (
    <>
      <pre data-part={part} data-type={type} dir="ltr">
        <code>{cut ?? text}</code>
      </pre>
      {note}
    </>
  );
}
