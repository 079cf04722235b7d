import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DestinationView } from "@/components/store/destination-view";
import { getPlansForCountry } from "@/lib/catalogue/cached";
import { countryByIso } from "@/lib/catalogue/countries";
import { filtersSchema } from "@/lib/catalogue/plan-filters";
import { alternates } from "@/lib/i18n/alternates";
import { countryName } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money/minor-units";
import { localeParam } from "@/lib/i18n/locale-param";
import { sitePrices } from "@/lib/catalogue/price-list";

// Rendered on its first visit and cached (per language and currency); catalogue and price
// changes revalidate it. Filtered views live at ./plans.
type Props = { params: Promise<{ site: string; locale: string; currency: string; iso: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, locale: lang, currency, iso } = await params;
  const locale = localeParam(lang);
  const country = countryByIso(iso);
  if (!country) return {};
  const [t, plans] = await Promise.all([
    getTranslations({ locale, namespace: "Destination" }),
    getPlansForCountry(country.iso, await sitePrices(site, currency)),
  ]);
  const name = countryName(country.iso, locale, country.name);
  const price = plans.length ? formatMoney(Math.min(...plans.map((p) => p.retailMinor)), plans[0].retailCurrency, locale) : "";
  const title = price ? t("metaTitle", { country: name, price }) : t("metaTitleNoPrice", { country: name });
  const description = t("metaDescription", { country: name, count: plans.length, price });
  return {
    title,
    description,
    alternates: alternates(locale, `/destinations/${country.iso.toLowerCase()}`),
    openGraph: { title, description, type: "website" },
  };
}

export default async function DestinationPage({ params }: Props) {
  const { site, locale: lang, currency, iso } = await params;
  const locale = localeParam(lang);
  const country = countryByIso(iso);
  if (!country || iso !== iso.toLowerCase()) notFound();
  setRequestLocale(locale);
  return (
    <DestinationView
      country={country}
      plans={await getPlansForCountry(country.iso, await sitePrices(site, currency))}
      filters={filtersSchema.parse({})}
      locale={locale}
    />
  );
}
