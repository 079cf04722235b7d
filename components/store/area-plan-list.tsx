import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/money/minor-units";
import type { AreaPlans } from "@/lib/catalogue/destinations";
import type { Locale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";

export async function AreaPlanList({ areas, locale }: { areas: AreaPlans[]; locale: Locale }) {
  const [t, words] = await Promise.all([getTranslations({ locale, namespace: "Common" }), planWords(locale)]);
  return (
    <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {areas.map((a) => (
        <li key={a.area} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="font-semibold">{a.scope === "global" ? words.global : words.region(a.area)}</p>
          <p className="text-sm text-slate-600">
            {t("countries", { count: a.countries })} · {t("plans", { count: a.plans })}
          </p>
          <p className="mt-2 text-sm font-medium text-brand-700">{t("from", { price: formatMoney(a.fromMinor, a.currency, locale) })}</p>
        </li>
      ))}
    </ul>
  );
}
