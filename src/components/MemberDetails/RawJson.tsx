import type { User } from '../../core/user.ts';
import { userToJson } from '../../core/user.ts';
import { memberDetails as englishMemberDetails } from '../../i18n/en/memberDetails.ts';
import { useAreaMessages } from '../../react/use-area-messages.ts';

/** Props of RawJson. */
export interface RawJsonProps {
  /** The user whose record to show. */
  user: User;
}

/** The user's record as indented JSON text inside a collapsed `<details>`. Part `raw-json`. */
export function RawJson({ user }: RawJsonProps) {
  const m = useAreaMessages('memberDetails', englishMemberDetails);
  return (
    <details data-part="raw-json">
      <summary data-part="raw-json-summary">{m.rawJsonTitle}</summary>
      <p data-part="section-help">{m.rawJsonHelp}</p>
      {/* JSON reads left to right in every locale: inherited right to left, its braces and commas flip. */}
      <pre data-part="raw-json-text" dir="ltr">
        <code>{JSON.stringify(userToJson(user), null, 2)}</code>
      </pre>
    </details>
  );
}
