import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { BuyForm } from "@/components/checkout/buy-form";
import { CancelledNotice } from "@/components/store/cancelled-notice";
import { PlanFacts } from "@/components/store/plan-facts";
import { Card } from "@/components/ui/card";
import { getPlan } from "@/lib/catalogue/cached";
import { planArea, planData, planDataInFull, planDays, planName, type PlanWords } from "@/lib/catalogue/plan-name";
import type { Plan } from "@/lib/catalogue/plans";
import { alternates } from "@/lib/i18n/alternates";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { formatMoney, toMajorString } from "@/lib/money/minor-units";
import { localeParam } from "@/lib/i18n/locale-param";
import { siteBrand, type SiteBrand } from "@/lib/tenancy/brand";
import { sitePrices } from "@/lib/catalogue/price-list";

// Rendered on its first visit and cached (per language and currency).
type Props = { params: Promise<{ site: string; locale: string; currency: string; name: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, locale: lang, currency, name } = await params;
  const locale = localeParam(lang);
  const plan = await getPlan(name, await sitePrices(site, currency));
  if (!plan) return {};
  const [t, words] = await Promise.all([getTranslations({ locale, namespace: "Plan" }), planWords(locale)]);
  const title = t("metaTitle", { plan: planName(plan, locale, words), price: formatMoney(plan.retailMinor, plan.retailCurrency, locale) });
  const description = t("metaDescription", {
    data: planDataInFull(plan, locale, words),
    days: planDays(plan, locale),
    area: planArea(plan, locale, words),
  });
  return { title, description, alternates: alternates(locale, `/plans/${plan.name}`), openGraph: { title, description, type: "website" } };
}

function productJsonLd(brand: SiteBrand, plan: Plan, description: string, locale: Locale, words: PlanWords) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: `${planName(plan, locale, words)} eSIM`,
    sku: plan.name,
    description,
    brand: { "@type": "Brand", name: brand.name },
    offers: {
      "@type": "Offer",
      url: `${brand.origin}/${locale}/plans/${plan.name}`,
      priceCurrency: plan.retailCurrency,
      price: toMajorString(plan.retailMinor, plan.retailCurrency),
      availability: "https://schema.org/InStock",
    },
  };
}

export default async function PlanPage({ params }: Props) {
  const { site, locale: lang, currency, name } = await params;
  const locale = localeParam(lang);
  const [plan, brand] = await Promise.all([getPlan(name, await sitePrices(site, currency)), siteBrand(site)]);
  if (!plan || !brand) notFound();
  setRequestLocale(locale);
  const [t, tc, words] = await Promise.all([
    getTranslations({ locale, namespace: "Plan" }),
    getTranslations({ locale, namespace: "Common" }),
    planWords(locale),
  ]);
  const coverage = [...plan.countries, ...plan.roamingCountries]
    .map((iso) => countryName(iso, locale))
    .sort((a, b) => a.localeCompare(b, locale));
  const price = formatMoney(plan.retailMinor, plan.retailCurrency, locale);
  const where = coverage.length === 1 ? coverage[0] : tc("countries", { count: coverage.length });
  const description = t("ldDescription", { data: planDataInFull(plan, locale, words), days: planDays(plan, locale), coverage: where });
  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 md:grid-cols-[1fr_380px]">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(productJsonLd(brand, plan, description, locale, words)).replace(/</g, "\\u003c"),
        }}
      />
      <div>
        <p className="text-sm font-medium text-brand-700">{t("eyebrow", { area: planArea(plan, locale, words) })}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">
          {planData(plan, locale, words)} · {planDays(plan, locale)}
        </h1>
        <p className="mt-2 text-2xl font-semibold" data-testid="plan-price">
          {price}
        </p>
        <PlanFacts plan={plan} coverage={coverage} locale={locale} words={words} />
      </div>
      <Card as="aside" padding="lg" className="h-fit shadow-sm">
        <h2 className="mb-4 text-lg font-semibold">{t("getThis")}</h2>
        <Suspense>
          <CancelledNotice />
        </Suspense>
        <BuyForm bundle={plan.name} price={price} currency={plan.retailCurrency} />
      </Card>
    </div>
  );
}
