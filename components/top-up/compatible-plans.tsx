// The plans of one destination that eSIM Go says fit this eSIM, each with its top-up button.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getPlansForCountry } from "@/lib/catalogue/cached";
import { planArea, planData, planDays } from "@/lib/catalogue/plan-name";
import { compatiblePlans } from "@/lib/esims/compatibility";
import type { Currency, Locale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money/minor-units";
import { TopUpButton } from "./top-up-button";
import { requestPrices } from "@/lib/catalogue/price-list";

type Props = { iccid: string; iso: string; name: string; useCredit: boolean; locale: Locale; currency: Currency };

export async function CompatiblePlans({ iccid, iso, name, useCredit, locale, currency }: Props) {
  const [t, words, { plans, unchecked }] = await Promise.all([
    getTranslations({ locale, namespace: "TopUp" }),
    planWords(locale),
    getPlansForCountry(iso, await requestPrices(currency)).then((all) => compatiblePlans(iccid, all)),
  ]);
  return (
    <section aria-label={t("plansFor", { country: name })}>
      <h2 className="text-lg font-semibold">{t("plansTitle", { country: name })}</h2>
      {unchecked > 0 && <p className="mt-1 text-sm text-amber-800">{t("unchecked", { count: unchecked })}</p>}
      {plans.length === 0 && <p className="mt-2 text-slate-600">{t("noneCompatible", { country: name })}</p>}
      <ul className="mt-3 space-y-3">
        {plans.map((p) => {
          const price = formatMoney(p.retailMinor, p.retailCurrency, locale);
          return (
            <Card as="li" padding="md" className="flex items-center justify-between gap-3" key={p.id} data-testid="topup-plan">
              <span>
                <span className="block font-semibold">
                  {planData(p, locale, words)} · {planDays(p, locale)}
                </span>
                <span className="block text-sm text-slate-600">
                  {planArea(p, locale, words)} · {price}
                </span>
              </span>
              <TopUpButton
                iccid={iccid}
                bundle={p.name}
                useCredit={useCredit}
                label={t("button", { price })}
                locale={locale}
                currency={currency}
              />
            </Card>
          );
        })}
      </ul>
    </section>
  );
}
