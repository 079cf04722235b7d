import type { AreaPlans } from "@/lib/catalogue/destinations";
import { Money } from "@/components/ui/money";

export function AreaPlanList({ areas }: { areas: AreaPlans[] }) {
  return (
    <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {areas.map((a) => (
        <li key={a.area} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="font-semibold">{a.area}</p>
          <p className="text-sm text-slate-600">
            {a.countries} countries · {a.plans} plans
          </p>
          <p className="mt-2 text-sm font-medium text-brand-700">
            from <Money minor={a.fromMinor} currency={a.currency} />
          </p>
        </li>
      ))}
    </ul>
  );
}
