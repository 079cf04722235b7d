import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { turnOffAutoTopUpAction } from "@/components/auto-top-up/actions";
import { AutoTopUpForm } from "@/components/auto-top-up/auto-top-up-form";
import { statusText } from "@/components/auto-top-up/auto-top-up-status";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { autoTopUpPlans } from "@/lib/auto-top-up/plan-choices";
import { autoTopUpFor } from "@/lib/auto-top-up/settings";
import { planData, planDays } from "@/lib/catalogue/plan-name";
import { getOwnedEsim } from "@/lib/esims/owned-esims";
import { isCurrency, type Currency } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/locale-param";
import { shopperCurrency } from "@/lib/i18n/shopper-currency";
import { planWords } from "@/lib/i18n/translator";
import { formatMoney, toMajorString } from "@/lib/money/minor-units";

type Props = { params: Promise<{ locale: string; iccid: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "AutoTopUp" }))("title") };
}

// Automatic top-up settings for one of the customer's eSIMs (anyone else's: 404).
export default async function AutoTopUpPage({ params }: Props) {
  const { locale: lang, iccid } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/esims/${iccid}/auto-top-up`);
  if (!(await getOwnedEsim(user.id, iccid))) notFound();
  const rule = await autoTopUpFor(user.id, iccid);
  const currency: Currency = rule && isCurrency(rule.currency) ? rule.currency : await shopperCurrency(locale);
  const [t, words, plans, status] = await Promise.all([
    getTranslations({ locale, namespace: "AutoTopUp" }),
    planWords(locale),
    autoTopUpPlans(iccid, currency),
    statusText(rule, locale),
  ]);
  const on = rule && rule.status !== "off";
  return (
    <div className="max-w-xl space-y-4">
      {rule?.status === "awaiting_card" && <AutoRefresh everyMs={2000} />}
      <Link href={`/${locale}/account/esims/${iccid}`} className="text-sm text-brand-700">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p className="rounded-xl bg-slate-100 p-3 text-sm" data-testid="auto-top-up-status" role="status">
        {status}
      </p>
      <Card padding="lg">
        {plans.length === 0 ? (
          <p className="text-slate-600">{t("noPlans")}</p>
        ) : (
          <AutoTopUpForm
            iccid={iccid}
            locale={locale}
            currency={currency}
            hasCard={Boolean(rule?.paymentMethodId)}
            current={
              rule ? { bundle: rule.bundle.name, trigger: rule.trigger, cap: toMajorString(rule.monthlyCapMinor, rule.currency) } : null
            }
            plans={plans.map((p) => ({
              name: p.name,
              label: `${planData(p, locale, words)} · ${planDays(p, locale)} · ${formatMoney(p.retailMinor, p.retailCurrency, locale)}`,
            }))}
          />
        )}
      </Card>
      {on && (
        <form action={turnOffAutoTopUpAction}>
          <input type="hidden" name="iccid" value={iccid} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="currency" value={currency} />
          <button type="submit" className="rounded-xl border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-white">
            {t("turnOff")}
          </button>
        </form>
      )}
    </div>
  );
}
