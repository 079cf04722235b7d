import { getTranslations } from "next-intl/server";
import { PlanCard } from "@/components/store/plan-card";
import { PlanFilterForm } from "@/components/store/plan-filter-form";
import { Flag } from "@/components/ui/flag";
import type { Country } from "@/lib/catalogue/countries";
import { applyFilters, type PlanFilters } from "@/lib/catalogue/plan-filters";
import type { Plan } from "@/lib/catalogue/plans";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";

type Props = { country: Country; plans: Plan[]; filters: PlanFilters; locale: Locale };

// A destination's plans, grouped (country, regional, global), filtered and sorted.
export async function DestinationView({ country, plans: all, filters, locale }: Props) {
  const [t, words] = await Promise.all([getTranslations({ locale, namespace: "Destination" }), planWords(locale)]);
  const name = countryName(country.iso, locale, country.name);
  const plans = applyFilters(all, filters);
  const sections = [
    { title: t("countryPlans", { country: name }), plans: plans.filter((p) => p.scope === "country") },
    { title: t("regionalPlans", { country: name }), plans: plans.filter((p) => p.scope === "regional") },
    { title: t("globalPlans"), plans: plans.filter((p) => p.scope === "global") },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex items-center gap-3">
        <Flag iso={country.iso} size={48} />
        <h1 className="text-3xl font-bold tracking-tight">{t("title", { country: name })}</h1>
      </div>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <PlanFilterForm filters={filters} action={`/${locale}/destinations/${country.iso.toLowerCase()}/plans`} locale={locale} />
      <p className="mt-4 text-sm text-slate-600" role="status">
        {t("count", { shown: plans.length, total: all.length })}
      </p>
      {plans.length === 0 && <p className="mt-4 rounded-xl bg-white p-6 text-slate-600">{t("none")}</p>}
      {sections.map((s) =>
        s.plans.length ? (
          <section key={s.title} aria-label={s.title} className="mt-8">
            <h2 className="text-xl font-semibold">{s.title}</h2>
            <ul className="mt-3 space-y-3">
              {s.plans.map((p) => (
                <PlanCard key={p.id} plan={p} locale={locale} words={words} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  );
}
