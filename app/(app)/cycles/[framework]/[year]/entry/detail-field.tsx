import type { DetailFieldTexts } from "./use-entry-row-texts";

/**
 * A comment, source or evidence field of an entry row, with its hint and error. With
 * `maxLength`, a counter under it says as the person types how much room is left, and how
 * much is too much, instead of leaving the limit to the save (issue 14, trap 8).
 */
export function DetailField(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  maxLength?: number;
  multiline?: boolean;
  type?: string;
  /** Read once for the whole form (useEntryRowTexts). */
  texts: DetailFieldTexts;
  onChange: (value: string) => void;
}) {
  const { id, name, label, value, error, hint, maxLength, multiline, type, texts, onChange } = props;
  const isTooLong = maxLength !== undefined && value.length > maxLength;
  const describedBy =
    [hint ? `${id}-hint` : "", error ? `${id}-error` : "", maxLength !== undefined ? `${id}-count` : ""].filter(Boolean).join(" ") ||
    undefined;
  const common = {
    id,
    name,
    className: "input",
    value,
    "aria-invalid": error || isTooLong ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className={`field${error || isTooLong ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{texts.errorPrefix} </span>
          {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type ?? "text"} onChange={(event) => onChange(event.target.value)} />
      )}
      {maxLength !== undefined ? (
        <>
          <p className={isTooLong ? "field__error field__count" : "field__hint field__count"} id={`${id}-count`}>
            {isTooLong ? texts.tooLong(value.length - maxLength, maxLength) : texts.roomLeft(maxLength - value.length, maxLength)}
          </p>
          {/* Said aloud only once the text is too long, not at every key pressed. */}
          <span className="visually-hidden" aria-live="polite">
            {isTooLong ? texts.tooLong(value.length - maxLength, maxLength) : ""}
          </span>
        </>
      ) : null}
    </div>
  );
}
