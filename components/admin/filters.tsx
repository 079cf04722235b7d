// Filter forms on staff pages: GET forms whose fields come back filled from the URL.
import Link from "next/link";
import type { ReactNode } from "react";

export const inputClass = "h-10 rounded-lg border border-slate-300 bg-white px-2 text-sm";

export function FilterForm({ label, children, after }: { label: string; children: ReactNode; after?: ReactNode }) {
  return (
    <form method="get" aria-label={label} className="flex flex-wrap items-end gap-2 text-sm">
      {children}
      <button className="h-10 rounded-lg bg-slate-900 px-3 font-semibold text-white">Filter</button>
      {after}
    </form>
  );
}

type TextProps = { label: string; name: string; defaultValue?: string; type?: "text" | "date"; placeholder?: string; numeric?: boolean };

export function TextFilter({ label, name, defaultValue, type = "text", placeholder, numeric }: TextProps) {
  return (
    <label>
      {label}
      <br />
      <input
        type={type}
        name={name}
        defaultValue={defaultValue}
        placeholder={placeholder}
        inputMode={numeric ? "numeric" : undefined}
        className={inputClass}
      />
    </label>
  );
}

// options: value → text, or plain values shown as they are.
type SelectProps = { label: string; name: string; defaultValue?: string; options: Record<string, string> | string[] };

export function SelectFilter({ label, name, defaultValue, options }: SelectProps) {
  return (
    <label>
      {label}
      <br />
      <select name={name} defaultValue={defaultValue} className={inputClass}>
        {(Array.isArray(options) ? options.map((o) => [o, o]) : Object.entries(options)).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

// Newer/older links that keep the other filters.
export function Pager({
  query,
  page,
  hasMore,
  labels = ["← Previous", "Next →"],
}: {
  query: string;
  page: number;
  hasMore: boolean;
  labels?: [string, string];
}) {
  return (
    <nav aria-label="Pages" className="flex gap-3 text-sm">
      {page > 1 && <Link href={`?${query}&page=${page - 1}`}>{labels[0]}</Link>}
      {hasMore && <Link href={`?${query}&page=${page + 1}`}>{labels[1]}</Link>}
    </nav>
  );
}

// A search box (GET ?q=) at the top of a staff list.
export function SearchBox({ id, label, defaultValue }: { id: string; label: string; defaultValue: string }) {
  return (
    <form method="get" role="search" className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        defaultValue={defaultValue}
        placeholder={label}
        className="h-11 flex-1 rounded-xl border border-slate-300 bg-white px-3"
      />
      <button className="rounded-xl bg-slate-900 px-4 text-sm font-semibold text-white">Find</button>
    </form>
  );
}
