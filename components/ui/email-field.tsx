// The email field of the customer forms (checkout, sign-in): large, autofilled, with an optional
// hint below and the form's error linked for screen readers.
import type { Ref } from "react";

type Props = {
  label: string;
  defaultValue?: string;
  errorId?: string;
  hint?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
};

export function EmailField({ label, defaultValue, errorId, hint, placeholder, inputRef }: Props) {
  return (
    <div>
      <label htmlFor="email" className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id="email"
        name="email"
        type="email"
        required
        autoComplete="email"
        defaultValue={defaultValue ?? ""}
        ref={inputRef}
        placeholder={placeholder}
        aria-describedby={errorId ?? (hint ? "email-hint" : undefined)}
        className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base"
      />
      {hint && (
        <p id="email-hint" className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
