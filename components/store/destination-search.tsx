"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Flag } from "@/components/ui/flag";
import { searchDestinations, type SearchEntry } from "@/lib/catalogue/destination-search";
import { useRouter } from "@/lib/i18n/routing";

// The index loads when the box is first used, once per page (the page itself does not carry it).
const indexes = new Map<string, Promise<SearchEntry[]>>();
function loadIndex(locale: string): Promise<SearchEntry[]> {
  if (!indexes.has(locale)) {
    indexes.set(
      locale,
      fetch(`/api/search-index/${locale}`).then((r) => (r.ok ? (r.json() as Promise<SearchEntry[]>) : [])),
    );
  }
  return indexes.get(locale)!;
}

// A combobox: suggestions as you type (typos forgiven, in the visitor's language), arrow keys to
// move, Enter to go. Without JavaScript it is a plain form that submits to the search page.
export function DestinationSearch({ defaultValue = "" }: { defaultValue?: string }) {
  const router = useRouter();
  const locale = useLocale();
  const t = useTranslations("Search");
  const id = useId();
  const [entries, setEntries] = useState<SearchEntry[]>([]);
  const [query, setQuery] = useState(defaultValue);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => searchDestinations(entries, query, 6), [entries, query]);
  const show = open && results.length > 0;
  const go = (iso: string) => router.push(`/destinations/${iso.toLowerCase()}`);
  const wake = () => loadIndex(locale).then(setEntries);

  return (
    <form
      action={`/${locale}/search`}
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
        {t("label")}
      </label>
      <input
        id={`${id}-q`}
        name="q"
        value={query}
        placeholder={t("label")}
        autoComplete="off"
        role="combobox"
        aria-expanded={show}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={show ? `${id}-opt-${active}` : undefined}
        onChange={(e) => {
          void wake();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          void wake();
          setOpen(true);
        }}
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
        {t("submit")}
      </button>
      {show && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t("matches")}
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
