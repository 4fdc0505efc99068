import type { EntryIndicator } from "@/lib/monitoring/get-entry-form";

/** The value's field, by the indicator's type: a list of levels (or yes/no), a narrative, or a number with its unit. */
export function ValueInput(props: {
  id: string;
  name: string;
  indicator: EntryIndicator;
  value: string;
  invalid: boolean;
  describedBy: string;
  /** The empty choice of a list, "Not entered". */
  emptyChoice: string;
  onChange: (value: string) => void;
}) {
  const { id, name, indicator, value, invalid, describedBy, emptyChoice, onChange } = props;
  const common = { id, name, "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined };
  if (indicator.valueType === "YES_NO" || indicator.valueType === "LEVELS") {
    return (
      <select {...common} className="input input--medium" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyChoice}</option>
        {indicator.levels.map((level) => (
          <option key={level.code} value={level.code}>
            {level.label}
          </option>
        ))}
      </select>
    );
  }
  if (indicator.valueType === "TEXT") {
    return <textarea {...common} className="input" rows={3} value={value} onChange={(event) => onChange(event.target.value)} />;
  }
  const suffix = indicator.valueType === "PERCENTAGE" ? "%" : indicator.unit;
  return (
    <span className="input-with-unit">
      <input
        {...common}
        className="input input--short"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {suffix ? <span aria-hidden="true">{suffix}</span> : null}
    </span>
  );
}
