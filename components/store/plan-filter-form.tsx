import { getTranslations } from "next-intl/server";
import { SubmitOnChange } from "@/components/ui/submit-on-change";
import { DATA_OPTIONS, DAYS_OPTIONS, SORT_OPTIONS, type PlanFilters } from "@/lib/catalogue/plan-filters";
import type { Locale } from "@/lib/i18n/locales";

const select = "mt-1 h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-sm";

// A GET form: filters live in the URL, work without JavaScript, and apply on change with it.
export async function PlanFilterForm({ filters, action, locale }: { filters: PlanFilters; action: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Filters" });
  const options = (group: "dataOptions" | "daysOptions" | "sortOptions", keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, t(`${group}.${k}`)]));
  return (
    <form
      method="get"
      action={action}
      aria-label={t("label")}
      className="mt-6 grid grid-cols-2 gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end"
    >
      <SubmitOnChange />
      <Choice id="filter-data" name="data" label={t("data")} value={filters.data} options={options("dataOptions", DATA_OPTIONS)} />
      <Choice id="filter-days" name="days" label={t("days")} value={filters.days} options={options("daysOptions", DAYS_OPTIONS)} />
      <Choice id="filter-sort" name="sort" label={t("sort")} value={filters.sort} options={options("sortOptions", SORT_OPTIONS)} wide />
      <button type="submit" className="col-span-2 h-11 rounded-xl bg-slate-900 px-4 text-sm font-semibold text-white sm:col-span-1">
        {t("show")}
      </button>
    </form>
  );
}

type ChoiceProps = { id: string; name: string; label: string; value: string; options: Record<string, string>; wide?: boolean };

function Choice({ id, name, label, value, options, wide = false }: ChoiceProps) {
  return (
    <div className={wide ? "col-span-2 sm:col-span-1" : ""}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={select}>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
