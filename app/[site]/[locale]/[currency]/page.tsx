import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AreaPlanList } from "@/components/store/area-plan-list";
import { DestinationGrid } from "@/components/store/destination-grid";
import { DestinationIndex } from "@/components/store/destination-index";
import { DestinationSearch } from "@/components/store/destination-search";
import { getAreaPlans, getDestinations } from "@/lib/catalogue/cached";
import { REGIONS } from "@/lib/catalogue/countries";
import { regionSlug } from "@/lib/catalogue/region-slug";
import { alternates } from "@/lib/i18n/alternates";
import { planWords } from "@/lib/i18n/translator";
import { localeParam } from "@/lib/i18n/locale-param";
import { siteBrand } from "@/lib/tenancy/brand";
import { sitePrices } from "@/lib/catalogue/price-list";

type Props = { params: Promise<{ site: string; locale: string; currency: string }> };

// Per region, the home page lists a few destinations (featured first, then those with most
// plans); the region's page and the search box find the rest. The page stays light.
const PER_REGION = 8;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, locale: lang } = await params;
  const locale = localeParam(lang);
  const [t, brand] = await Promise.all([getTranslations({ locale, namespace: "Home" }), siteBrand(site)]);
  return {
    title: { absolute: t("title", { brand: brand?.name ?? "" }) },
    description: t("description"),
    alternates: alternates(locale, ""),
  };
}

export default async function HomePage({ params }: Props) {
  const { site, locale: lang, currency } = await params;
  const locale = localeParam(lang);
  setRequestLocale(locale);
  const [t, tMeta, words, destinations, areas] = await Promise.all([
    getTranslations({ locale, namespace: "Home" }),
    getTranslations({ locale, namespace: "Meta" }),
    planWords(locale),
    getDestinations(await sitePrices(site, currency)),
    getAreaPlans(await sitePrices(site, currency)),
  ]);
  const featured = destinations.filter((d) => d.featured);
  return (
    <>
      <section className="bg-gradient-to-b from-brand-900 to-brand-700 text-white">
        <div className="mx-auto max-w-6xl px-4 pb-14 pt-12 sm:pt-16">
          <h1 className="max-w-2xl text-3xl font-bold leading-tight tracking-tight sm:text-5xl">{tMeta("tagline")}</h1>
          <p className="mt-4 max-w-xl text-brand-100 sm:text-lg">{t("intro", { count: destinations.length })}</p>
          <DestinationSearch />
        </div>
      </section>
      <div className="mx-auto max-w-6xl space-y-12 px-4 py-10">
        {destinations.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-600" role="status">
            {t("loading")}
          </p>
        ) : (
          <>
            <section aria-labelledby="popular">
              <h2 id="popular" className="text-xl font-semibold">
                {t("popular")}
              </h2>
              <DestinationGrid destinations={featured} locale={locale} />
            </section>
            <section id="regions" aria-labelledby="regions-title">
              <h2 id="regions-title" className="text-xl font-semibold">
                {t("regional")}
              </h2>
              <p className="mt-1 text-slate-600">{t("regionalIntro")}</p>
              <AreaPlanList areas={areas} locale={locale} />
            </section>
            <section id="destinations" aria-labelledby="all">
              <h2 id="all" className="text-xl font-semibold">
                {t("byRegion")}
              </h2>
              {REGIONS.map((region) => {
                const inRegion = destinations.filter((d) => d.region === region);
                if (inRegion.length === 0) return null;
                const top = [...inRegion].sort((a, b) => Number(b.featured) - Number(a.featured) || b.plans - a.plans).slice(0, PER_REGION);
                return (
                  <div key={region} className="mt-6">
                    <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{words.region(region)}</h3>
                    <DestinationIndex destinations={top} locale={locale} />
                    <a
                      href={`/${locale}/regions/${regionSlug(region)}`}
                      className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
                    >
                      {t("allInRegion", { count: inRegion.length, region: words.region(region) })}
                    </a>
                  </div>
                );
              })}
            </section>
          </>
        )}
      </div>
    </>
  );
}
