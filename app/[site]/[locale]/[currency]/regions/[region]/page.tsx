import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DestinationIndex } from "@/components/store/destination-index";
import { getDestinations } from "@/lib/catalogue/cached";
import { regionFromSlug } from "@/lib/catalogue/region-slug";
import { alternates } from "@/lib/i18n/alternates";
import { planWords } from "@/lib/i18n/translator";
import { localeParam } from "@/lib/i18n/locale-param";
import { sitePrices } from "@/lib/catalogue/price-list";

type Props = { params: Promise<{ site: string; locale: string; currency: string; region: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, locale: lang, currency, region: slug } = await params;
  const locale = localeParam(lang);
  const region = regionFromSlug(slug);
  if (!region) return {};
  const [t, words, destinations] = await Promise.all([
    getTranslations({ locale, namespace: "Region" }),
    planWords(locale),
    getDestinations(await sitePrices(site, currency)),
  ]);
  const name = words.region(region);
  return {
    title: t("title", { region: name, count: destinations.filter((d) => d.region === region).length }),
    description: t("description", { region: name }),
    alternates: alternates(locale, `/regions/${slug}`),
  };
}

// Every destination of one region (the home page lists only a few per region).
export default async function RegionPage({ params }: Props) {
  const { site, locale: lang, currency, region: slug } = await params;
  const locale = localeParam(lang);
  const region = regionFromSlug(slug);
  if (!region) notFound();
  setRequestLocale(locale);
  const [t, words, destinations] = await Promise.all([
    getTranslations({ locale, namespace: "Region" }),
    planWords(locale),
    getDestinations(await sitePrices(site, currency)),
  ]);
  const inRegion = destinations.filter((d) => d.region === region);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("title", { region: words.region(region), count: inRegion.length })}</h1>
      <p className="mt-2 max-w-2xl text-slate-600">{t("intro")}</p>
      <DestinationIndex destinations={inRegion} locale={locale} />
    </div>
  );
}
