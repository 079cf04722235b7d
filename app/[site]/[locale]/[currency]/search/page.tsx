import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DestinationGrid } from "@/components/store/destination-grid";
import { DestinationSearch } from "@/components/store/destination-search";
import { getDestinations } from "@/lib/catalogue/cached";
import { searchDestinations } from "@/lib/catalogue/destination-search";
import { searchIndex } from "@/lib/catalogue/search-index";
import { localeParam } from "@/lib/i18n/locale-param";
import { sitePrices } from "@/lib/catalogue/price-list";

type Props = { params: Promise<{ site: string; locale: string; currency: string }>; searchParams: Promise<{ q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: "Search" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

// Search results rendered on the server, per query: the search box works without JavaScript.
export const dynamic = "force-dynamic";

export default async function SearchPage({ params, searchParams }: Props) {
  const { site, locale: lang, currency } = await params;
  const locale = localeParam(lang);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Search" });
  const q = String((await searchParams).q ?? "").slice(0, 60);
  const destinations = await getDestinations(await sitePrices(site, currency));
  const order = searchDestinations(searchIndex(destinations, locale), q, 12).map((e) => e.iso);
  const matches = destinations.filter((d) => order.includes(d.iso)).sort((a, b) => order.indexOf(a.iso) - order.indexOf(b.iso));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="rounded-2xl bg-brand-900 px-4 pb-6 pt-1">
        <DestinationSearch defaultValue={q} />
      </div>
      <section aria-labelledby="results" className="mt-8">
        <h1 id="results" className="text-2xl font-semibold">
          {matches.length ? t("results", { query: q }) : q ? t("none", { query: q }) : t("prompt")}
        </h1>
        {matches.length > 0 && <DestinationGrid destinations={matches} locale={locale} />}
      </section>
    </div>
  );
}
