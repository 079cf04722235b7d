// Labelled inputs of the Resellers forms.
import { inputClass } from "@/components/admin/filters";

type FieldProps = { label: string; name: string; required?: boolean; placeholder?: string; defaultValue?: string | null; type?: string };

export function Field({ label, name, required, placeholder, defaultValue, type = "text" }: FieldProps) {
  return (
    <label className="text-sm">
      {label}
      <br />
      <input
        name={name}
        type={type}
        required={required}
        placeholder={placeholder}
        defaultValue={defaultValue ?? undefined}
        className={`${inputClass} w-full`}
      />
    </label>
  );
}

export function Choice({ label, name, options }: { label: string; name: string; options: readonly string[] }) {
  return (
    <label className="text-sm">
      {label}
      <br />
      <select name={name} className={`${inputClass} w-full`}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}
