"use client";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { Flag } from "@/components/ui/flag";
import { searchDestinations, type SearchEntry } from "@/lib/catalogue/destination-search";

// A combobox: suggestions as you type (typos forgiven), arrow keys to move, Enter to go. Without
// JavaScript it is a plain form that submits to /search.
export function DestinationSearch({ entries, defaultValue = "" }: { entries: SearchEntry[]; defaultValue?: string }) {
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState(defaultValue);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => searchDestinations(entries, query, 6), [entries, query]);
  const show = open && results.length > 0;
  const go = (iso: string) => router.push(`/destinations/${iso.toLowerCase()}`);

  return (
    <form
      action="/search"
      method="get"
      role="search"
      className="relative mt-8 flex max-w-xl gap-2"
      onSubmit={(e) => {
        if (results[active]) {
          e.preventDefault();
          go(results[active].iso);
        }
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        Where are you going?
      </label>
      <input
        id={`${id}-q`}
        name="q"
        value={query}
        placeholder="Where are you going?"
        autoComplete="off"
        role="combobox"
        aria-expanded={show}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={show ? `${id}-opt-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
        className="h-12 flex-1 rounded-xl border-0 bg-white px-4 text-base text-slate-900 shadow-lg placeholder:text-slate-500"
      />
      <button type="submit" className="h-12 rounded-xl bg-amber-400 px-5 font-semibold text-slate-900 shadow-lg hover:bg-amber-300">
        Search
      </button>
      {show && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Matching destinations"
          className="absolute left-0 right-24 top-14 z-20 overflow-hidden rounded-xl bg-white text-slate-900 shadow-xl"
        >
          {results.map((r, i) => (
            <li
              key={r.iso}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(r.iso);
              }}
              className={`flex cursor-pointer items-center gap-3 px-4 py-3 ${i === active ? "bg-brand-50" : ""}`}
            >
              <Flag iso={r.iso} size={24} />
              {r.name}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
