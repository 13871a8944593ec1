import { useState } from 'react';
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

/**
 * The user's record as indented JSON text inside a collapsed `<details>`. The text is built only once
 * opened: a record carrying megabytes of metadata took a quarter of a second to stringify on every
 * render of the panel. Part `raw-json`.
 */
export function RawJson({ user }: RawJsonProps) {
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  const [open, setOpen] = useState(false);
  return (
    <details data-part="raw-json" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary data-part="raw-json-summary">{m.rawJsonTitle}</summary>
      <p data-part="section-help">{m.rawJsonHelp}</p>
      {open ? <RawJsonText user={user} /> : null}
    </details>
  );
}

/** The record's text, cut short past `hugeData.shownJson` characters with a note saying how long it is. */
function RawJsonText({ user }: RawJsonProps) {
  const { locale } = useTeamkit();
  const metadataWords = useAreaMessages('metadata', englishMetadata);
  const text = JSON.stringify(userToJson(user), null, 2);
  const cut = shortened(text, hugeData.shownJson);
  return (
    <>
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
    </>
  );
}
