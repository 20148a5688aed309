type FilterSelectProps = {
  id: string;
  label: string;
  /** The empty choice's text ("All", "Any"). */
  anyLabel: string;
  value: string | null | undefined;
  options: readonly { value: string; label: string }[];
  /** The chosen value, or null for the empty choice. */
  onChange: (value: string | null) => void;
  classes: { field: string; label: string; select: string };
};

/** A labelled select of a list's filters whose first choice means "no filter". */
export function FilterSelect({ id, label, anyLabel, value, options, onChange, classes }: FilterSelectProps) {
  return (
    <div className={classes.field}>
      <label htmlFor={id} className={classes.label}>
        {label}
      </label>
      <select id={id} className={classes.select} value={value ?? ""} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
