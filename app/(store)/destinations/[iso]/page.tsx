import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanCard } from "@/components/store/plan-card";
import { Flag } from "@/components/ui/flag";
import { plansForCountry } from "@/lib/catalogue/plans";
import { countryByIso } from "@/lib/geo/countries";

type Props = { params: Promise<{ iso: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = countryByIso((await params).iso);
  return country ? { title: `${country.name} eSIM data plans`, description: `Travel eSIM for ${country.name}: instant delivery, no roaming charges.` } : {};
}

export default async function DestinationPage({ params }: Props) {
  const country = countryByIso((await params).iso);
  if (!country) notFound();
  const plans = await plansForCountry(country.iso);
  const sections = [
    { title: `${country.name} plans`, plans: plans.filter((p) => p.scope === "country") },
    { title: "Regional plans that include it", plans: plans.filter((p) => p.scope === "regional") },
    { title: "Global plans", plans: plans.filter((p) => p.scope === "global") },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex items-center gap-3">
        <Flag iso={country.iso} size={48} />
        <h1 className="text-3xl font-bold tracking-tight">{country.name} eSIM</h1>
      </div>
      <p className="mt-2 text-slate-600">Pick the data you need. Every plan works with one eSIM you install before you fly.</p>
      {plans.length === 0 && <p className="mt-8 rounded-xl bg-white p-6 text-slate-600">No plans for {country.name} right now.</p>}
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
