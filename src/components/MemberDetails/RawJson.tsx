import type { User } from '../../core/user.ts';
import { userToJson } from '../../core/user.ts';
import { memberDetails as englishMemberDetails } from '../../i18n/en/memberDetails.ts';
import { metadata as englishMetadata } from '../../i18n/en/metadata.ts';
import { formatMessage } from '../../i18n/format.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';
import { useTeamkit } from '../../react/use-teamkit.ts';
import { hugeData, shortened } from '../shared/huge-data.ts';

/** Props of RawJson. */
export interface RawJsonProps {
  /** The user whose record to show. */
  user: User;
}

/** The user's record as indented JSON text inside a collapsed `<details>`. Part `raw-json`. */
export function RawJson({ user }: RawJsonProps) {
  const { locale } = useTeamkit();
  const text = JSON.stringify(userToJson(user), null, 2);
  // A record carrying megabytes of metadata would stall the page: its start, and how long it is.
  const cut = shortened(text, hugeData.shownJson);
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  const metadataWords = useAreaMessages('metadata', englishMetadata);
  return (
    <details data-part="raw-json">
      <summary data-part="raw-json-summary">{m.rawJsonTitle}</summary>
      <p data-part="section-help">{m.rawJsonHelp}</p>
      {/* JSON reads left to right in every locale: inherited right to left, its braces and commas flip. */}
      <pre data-part="raw-json-text" dir="ltr">
        <code>{cut ?? text}</code>
      </pre>
      {cut ? (
        <p data-part="shortened-note">
          {formatMessage(metadataWords.valueShortened, {
            count: new Intl.NumberFormat(locale).format(text.length),
          })}
        </p>
      ) : null}
    </details>
  );
}
