/**
 * The reference the ProfileEditor is compared with in the same page (bench/app/profile-editor.tsx), as
 * plain-table.tsx is the MembersTable's: a hand-written React form with the same number of labelled,
 * uncontrolled inputs and nothing else (no data, no validation, no state).
 */

/** `count` labelled, uncontrolled text inputs in a form marked `data-plain-form`. */
export function PlainForm({ count }: { count: number }) {
  return (
    <form data-plain-form="">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders.
        <div key={index}>
          <label htmlFor={`plain-${index}`}>Field {index + 1}</label>
          <input id={`plain-${index}`} name={`plain-${index}`} defaultValue="" />
        </div>
      ))}
    </form>
  );
}
