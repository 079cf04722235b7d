// What a traveller checks before buying a plan: the facts, the questions everyone asks, and the
// countries it covers.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Faq } from "@/components/store/faq";
import { planAllowance, planData, planDays, type PlanWords } from "@/lib/catalogue/plan-name";
import { pricePerGb, type Plan } from "@/lib/catalogue/plans";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/minor-units";

type Props = { plan: Plan; coverage: string[]; locale: Locale; words: PlanWords };

export async function PlanFacts({ plan, coverage, locale, words }: Props) {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "Plan" }), getTranslations({ locale, namespace: "Common" })]);
  const perGb = pricePerGb(plan);
  const days = planDays(plan, locale);
  const allowance = planAllowance(plan, locale, words);
  const facts: Array<[string, string]> = [
    [t("facts.data"), allowance ? t("unlimitedData", { allowance }) : planData(plan, locale, words)],
    [t("facts.validity"), t("validityValue", { days })],
    [t("facts.network"), plan.speeds.join(", ") || "4G"],
    [t("facts.coverage"), coverage.length === 1 ? coverage[0] : tc("countries", { count: coverage.length })],
    ...(perGb ? [[t("facts.perGb"), formatMoney(perGb, plan.retailCurrency, locale)] as [string, string]] : []),
    [t("facts.topups"), t("topupsValue")],
  ];
  const link = (href: string) =>
    function LocalLink(chunks: React.ReactNode) {
      return (
        <Link href={`/${locale}${href}`} className="font-medium text-brand-700 underline">
          {chunks}
        </Link>
      );
    };
  return (
    <>
      <dl className="mt-6 grid grid-cols-2 gap-4 rounded-2xl border border-slate-200 bg-white p-5 text-sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <Faq
        items={[
          { id: "starts", question: t("faq.startsQ"), answer: t("faq.startsA", { days }) },
          {
            id: "runs-out",
            question: t("faq.runsOutQ"),
            answer: allowance ? t("faq.runsOutUnlimited", { allowance }) : t("faq.runsOutCapped"),
          },
          {
            id: "device",
            question: t("faq.deviceQ"),
            answer: t.rich("faq.deviceA", { devices: link("/devices"), ios: link("/guides/ios"), android: link("/guides/android") }),
          },
        ]}
      />
      {coverage.length > 1 && (
        <details className="mt-6 rounded-2xl border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-medium">{t("coveredCountries", { count: coverage.length })}</summary>
          <p className="mt-2 text-slate-700">{coverage.join(", ")}</p>
        </details>
      )}
    </>
  );
}
