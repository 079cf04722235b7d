import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DestinationView } from "@/components/store/destination-view";
import { getPlansForCountry } from "@/lib/catalogue/cached";
import { countryByIso } from "@/lib/catalogue/countries";
import { filtersSchema } from "@/lib/catalogue/plan-filters";
import { countryName } from "@/lib/i18n/format";
import { localeParam } from "@/lib/i18n/locale-param";
import { sitePrices } from "@/lib/catalogue/price-list";

type Props = {
  params: Promise<{ site: string; locale: string; currency: string; iso: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: lang, iso } = await params;
  const locale = localeParam(lang);
  const country = countryByIso(iso);
  if (!country) return {};
  const t = await getTranslations({ locale, namespace: "Destination" });
  // Filtered lists are not separate pages for search engines: the canonical is the destination.
  return {
    title: t("filteredTitle", { country: countryName(country.iso, locale, country.name) }),
    alternates: { canonical: `/${locale}/destinations/${country.iso.toLowerCase()}` },
    robots: { index: false, follow: true },
  };
}

// Filters come from the URL, so this view renders per request (from cached catalogue data).
export default async function FilteredPlansPage({ params, searchParams }: Props) {
  const { site, locale: lang, currency, iso } = await params;
  const locale = localeParam(lang);
  const country = countryByIso(iso);
  if (!country) notFound();
  setRequestLocale(locale);
  const filters = filtersSchema.parse(await searchParams);
  return (
    <DestinationView
      country={country}
      plans={await getPlansForCountry(country.iso, await sitePrices(site, currency))}
      filters={filters}
      locale={locale}
    />
  );
}
