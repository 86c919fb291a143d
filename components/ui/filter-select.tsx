const SELECT = "rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900";

type Props = {
  label: string;
  name: string;
  value: string | undefined;
  /** The first choice, with an empty value: no filter. */
  anyLabel: string;
  options: readonly (readonly [value: string, label: string])[];
  className?: string;
};

/** A labelled select in a GET filter form (filters live in the URL, so a filtered view can be shared). */
export function FilterSelect({ label, name, value, anyLabel, options, className = "" }: Props) {
  return (
    <label className="flex flex-col gap-1 text-stone-800">
      {label}
      <select name={name} defaultValue={value ?? ""} className={`${SELECT} ${className}`}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
