// /sitemap.xml – every destination, region and plan the store sells, and the help pages, each with
// its address in every language (hreflang alternates), on the host's storefront.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getDestinations, getPlanNames } from "@/lib/catalogue/cached";
import { REGIONS } from "@/lib/catalogue/countries";
import { regionSlug } from "@/lib/catalogue/region-slug";
import { DEFAULT_LOCALE, LOCALE_CURRENCY, LOCALES } from "@/lib/i18n/locales";
import { currentBrand } from "@/lib/tenancy/brand";
import { requestPrices } from "@/lib/catalogue/price-list";

type Frequency = MetadataRoute.Sitemap[number]["changeFrequency"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // built from the live catalogue, not at build time
  const base = (await currentBrand()).origin;
  const [destinations, plans] = await Promise.all([getDestinations(await requestPrices(LOCALE_CURRENCY[DEFAULT_LOCALE])), getPlanNames()]);
  const page = (path: string, changeFrequency: Frequency, priority: number) => ({
    url: `${base}/${DEFAULT_LOCALE}${path}`,
    changeFrequency,
    priority,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${base}/${l}${path}`])) },
  });
  return [
    page("", "daily", 1),
    page("/devices", "monthly", 0.5),
    page("/guides/ios", "monthly", 0.4),
    page("/guides/android", "monthly", 0.4),
    ...REGIONS.map((r) => page(`/regions/${regionSlug(r)}`, "weekly", 0.7)),
    ...destinations.map((d) => page(`/destinations/${d.iso.toLowerCase()}`, "daily", 0.8)),
    ...plans.map((name) => page(`/plans/${name}`, "weekly", 0.6)),
  ];
}
