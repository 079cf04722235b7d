"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { Device } from "@/lib/catalogue/devices";
import { normalise } from "@/lib/catalogue/destination-search";

// The device list, filtered as you type. The full list is in the HTML, so it works without JS.
export function DeviceFinder({ devices, brands }: { devices: Device[]; brands: string[] }) {
  const t = useTranslations("Devices");
  const [query, setQuery] = useState("");
  const q = normalise(query);
  const shown = useMemo(() => (q ? devices.filter((d) => normalise(`${d.brand} ${d.model}`).includes(q)) : devices), [devices, q]);
  return (
    <div>
      <label htmlFor="device-q" className="block text-sm font-medium">
        {t("searchLabel")}
      </label>
      <input
        id="device-q"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t("searchPlaceholder")}
        className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base"
      />
      <p className="mt-2 text-sm text-slate-600" role="status">
        {q ? (shown.length ? t("matching", { count: shown.length }) : t("noMatch", { query })) : t("total", { count: devices.length })}
      </p>
      {brands.map((brand) => {
        const ofBrand = shown.filter((d) => d.brand === brand);
        if (ofBrand.length === 0) return null;
        return (
          <section key={brand} aria-label={brand} className="mt-6">
            <h2 className="text-lg font-semibold">{brand}</h2>
            {(["phone", "tablet", "watch"] as const).map((type) => {
              const items = ofBrand.filter((d) => d.type === type);
              return items.length ? (
                <div key={type} className="mt-2">
                  <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`types.${type}`)}</h3>
                  <ul className="mt-1 flex flex-wrap gap-2">
                    {items.map((d) => (
                      <li key={d.model} data-testid="device" className="rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-sm">
                        {d.model}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null;
            })}
          </section>
        );
      })}
    </div>
  );
}
