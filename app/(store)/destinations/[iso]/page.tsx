import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DestinationView } from "@/components/store/destination-view";
import { getPlansForCountry } from "@/lib/catalogue/cached";
import { filtersSchema } from "@/lib/catalogue/plan-filters";
import { countryByIso } from "@/lib/catalogue/countries";
import { formatMoney } from "@/lib/money/minor-units";

// Rendered per request (every page carries its own CSP nonce) from cached catalogue data; catalogue
// changes revalidate the data. Filtered views live at ./plans.

type Props = { params: Promise<{ iso: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = countryByIso((await params).iso);
  if (!country) return {};
  const plans = await getPlansForCountry(country.iso);
  const from = plans.length ? ` from ${formatMoney(Math.min(...plans.map((p) => p.retailMinor)), plans[0].retailCurrency)}` : "";
  const title = `${country.name} eSIM data plans${from}`;
  const description =
    `Travel eSIM for ${country.name}: ${plans.length} data plans${from}. ` +
    `Instant QR code delivery, no roaming charges, top up any time.`;
  return {
    title,
    description,
    alternates: { canonical: `/destinations/${country.iso.toLowerCase()}` },
    openGraph: { title, description, type: "website" },
  };
}

export default async function DestinationPage({ params }: Props) {
  const country = countryByIso((await params).iso);
  if (!country) notFound();
  return <DestinationView country={country} plans={await getPlansForCountry(country.iso)} filters={filtersSchema.parse({})} />;
}
