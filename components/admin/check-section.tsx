// One reconciliation check: its findings, "None." when clean, or why the source could not be read.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export type Checked<T> = { ok: true; value: T[] } | { ok: false; error: string };

type Props<T> = {
  label: string;
  title: string;
  source: string;
  result: Checked<T>;
  itemKey: (item: T) => string;
  testId: string;
  children: (item: T) => ReactNode;
};

export function CheckSection<T>({ label, title, source, result, itemKey, testId, children }: Props<T>) {
  return (
    <Card as="section" aria-label={label}>
      <h2 className="font-semibold">{title}</h2>
      {!result.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {source} unavailable: {result.error}
        </p>
      ) : result.value.length === 0 ? (
        <p className="text-sm text-slate-600">None.</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm">
          {result.value.map((item) => (
            <li key={itemKey(item)} data-testid={testId} className="flex flex-wrap items-center justify-between gap-2">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

// A finding's one-click fix: a form posting the finding's id to its action.
export function FixButton({
  action,
  name,
  value,
  danger,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  name: string;
  value: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name={name} value={value} />
      <button className={`rounded-lg px-3 py-1 text-sm font-semibold text-white ${danger ? "bg-red-700" : "bg-brand-600"}`}>
        {children}
      </button>
    </form>
  );
}
