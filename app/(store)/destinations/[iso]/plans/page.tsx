import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DestinationView } from "@/components/store/destination-view";
import { getPlansForCountry } from "@/lib/catalogue/cached";
import { filtersSchema } from "@/lib/catalogue/plan-filters";
import { countryByIso } from "@/lib/catalogue/countries";

type Props = { params: Promise<{ iso: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = countryByIso((await params).iso);
  // Filtered lists are not separate pages for search engines: the canonical is the destination.
  return country
    ? {
        title: `${country.name} eSIM plans`,
        alternates: { canonical: `/destinations/${country.iso.toLowerCase()}` },
        robots: { index: false, follow: true },
      }
    : {};
}

export default async function FilteredPlansPage({ params, searchParams }: Props) {
  const country = countryByIso((await params).iso);
  if (!country) notFound();
  const filters = filtersSchema.parse(await searchParams);
  return <DestinationView country={country} plans={await getPlansForCountry(country.iso)} filters={filters} />;
}
