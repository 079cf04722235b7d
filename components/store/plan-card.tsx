import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { planAllowance, planArea, planData, planDays, type PlanWords } from "@/lib/catalogue/plan-name";
import { pricePerGb, type Plan } from "@/lib/catalogue/plans";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/minor-units";

export function PlanCard({ plan, locale, words }: { plan: Plan; locale: Locale; words: PlanWords }) {
  const t = useTranslations("Common");
  const area = planArea(plan, locale, words);
  const coverage =
    plan.scope === "country" ? area : `${area} · ${t("countries", { count: plan.countries.length + plan.roamingCountries.length })}`;
  const perGb = pricePerGb(plan);
  const allowance = planAllowance(plan, locale, words); // the long line goes under the plan, not beside the price
  return (
    <Card
      as="li"
      padding="none"
      className="shadow-sm hover:border-brand-500"
      data-testid="plan"
      data-price={plan.retailMinor}
      data-per-gb={perGb ?? ""}
      data-unlimited={plan.unlimited}
      data-days={plan.durationDays}
      data-mb={plan.dataMb}
    >
      <Link href={`/${locale}/plans/${plan.name}`} className="flex items-center justify-between gap-4 p-4">
        <span>
          <span className="block text-lg font-semibold">
            {planData(plan, locale, words)} <span className="font-normal text-slate-600">· {planDays(plan, locale)}</span>
          </span>
          <span className="block text-sm text-slate-600">{coverage}</span>
          <span className="block text-xs text-slate-600">{plan.speeds.join(" / ")}</span>
          {allowance && <span className="mt-1 block text-xs text-slate-700">{allowance}</span>}
        </span>
        <span className="shrink-0 text-right">
          <span className="block text-lg font-bold text-brand-700" data-testid="plan-price">
            {formatMoney(plan.retailMinor, plan.retailCurrency, locale)}
          </span>
          {perGb ? (
            <span className="block text-xs text-slate-600">{t("perGb", { price: formatMoney(perGb, plan.retailCurrency, locale) })}</span>
          ) : null}
        </span>
      </Link>
    </Card>
  );
}
