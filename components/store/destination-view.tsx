import { PlanCard } from "@/components/store/plan-card";
import { PlanFilterForm } from "@/components/store/plan-filter-form";
import { Flag } from "@/components/ui/flag";
import { applyFilters, type PlanFilters } from "@/lib/catalogue/plan-filters";
import type { Plan } from "@/lib/catalogue/plans";
import type { Country } from "@/lib/catalogue/countries";

// A destination's plans, grouped (country, regional, global), filtered and sorted.
export function DestinationView({ country, plans: all, filters }: { country: Country; plans: Plan[]; filters: PlanFilters }) {
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
      <PlanFilterForm filters={filters} action={`/destinations/${country.iso.toLowerCase()}/plans`} />
      <p className="mt-4 text-sm text-slate-600" role="status">
        {plans.length} of {all.length} plans
      </p>
      {plans.length === 0 && (
        <p className="mt-4 rounded-xl bg-white p-6 text-slate-600">No plan matches these filters. Try a wider data amount or duration.</p>
      )}
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
