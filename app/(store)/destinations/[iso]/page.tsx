import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PlanCard } from "@/components/store/plan-card";
import { PlanFilterForm } from "@/components/store/plan-filter-form";
import { Flag } from "@/components/ui/flag";
import { getPlansForCountry } from "@/lib/catalogue/cached";
import { applyFilters, filtersSchema } from "@/lib/catalogue/plan-filters";
import { countryByIso } from "@/lib/geo/countries";
import { formatMoney } from "@/lib/money/minor-units";

type Props = { params: Promise<{ iso: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = countryByIso((await params).iso);
  if (!country) return {};
  const plans = await getPlansForCountry(country.iso);
  const from = plans.length ? ` from ${formatMoney(Math.min(...plans.map((p) => p.retailMinor)), plans[0].retailCurrency)}` : "";
  const title = `${country.name} eSIM data plans${from}`;
  const description = `Travel eSIM for ${country.name}: ${plans.length} data plans${from}. Instant QR code delivery, no roaming charges, top up any time.`;
  return { title, description, alternates: { canonical: `/destinations/${country.iso.toLowerCase()}` }, openGraph: { title, description, type: "website" } };
}

export default async function DestinationPage({ params, searchParams }: Props) {
  await connection();
  const country = countryByIso((await params).iso);
  if (!country) notFound();
  const filters = filtersSchema.parse(await searchParams);
  const all = await getPlansForCountry(country.iso);
  const plans = applyFilters(all, filters);
  const sections = [
    { title: `${country.name} plans`, plans: plans.filter((p) => p.scope === "country") },
    { title: `Regional plans including ${country.name}`, plans: plans.filter((p) => p.scope === "regional") },
    { title: "Global plans", plans: plans.filter((p) => p.scope === "global") },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex items-center gap-3">
        <Flag iso={country.iso} size={48} />
        <h1 className="text-3xl font-bold tracking-tight">{country.name} eSIM</h1>
      </div>
      <p className="mt-2 text-slate-600">Pick the data you need. Install the eSIM before you fly; it starts when you land.</p>
      <PlanFilterForm filters={filters} />
      <p className="mt-4 text-sm text-slate-600" role="status">
        {plans.length} of {all.length} plans
      </p>
      {plans.length === 0 && <p className="mt-4 rounded-xl bg-white p-6 text-slate-600">No plan matches these filters. Try a wider data amount or duration.</p>}
      {sections.map((s) =>
        s.plans.length ? (
          <section key={s.title} aria-label={s.title} className="mt-8">
            <h2 className="text-xl font-semibold">{s.title}</h2>
            <ul className="mt-3 space-y-3">
              {s.plans.map((p) => (
                <PlanCard key={p.id} plan={p} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  );
}
