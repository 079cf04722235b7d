import Link from "next/link";
import { planArea, planData, planDays } from "@/lib/catalogue/plan-name";
import type { Plan } from "@/lib/catalogue/plans";
import { formatMoney } from "@/lib/money/minor-units";

export function PlanCard({ plan }: { plan: Plan }) {
  const coverage = plan.scope === "country" ? planArea(plan) : `${planArea(plan)} · ${plan.countries.length + plan.roamingCountries.length} countries`;
  return (
    <li data-testid="plan" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <Link href={`/plans/${plan.name}`} className="flex items-center justify-between gap-4">
        <span>
          <span className="block text-lg font-semibold">
            {planData(plan)} <span className="font-normal text-slate-600">· {planDays(plan)}</span>
          </span>
          <span className="block text-sm text-slate-600">{coverage}</span>
          <span className="block text-xs text-slate-500">{plan.speeds.join(" / ")}</span>
        </span>
        <span className="text-right">
          <span className="block text-lg font-bold text-brand-700">{formatMoney(plan.retailMinor, plan.retailCurrency)}</span>
          <span className="text-sm font-medium text-brand-700">View plan →</span>
        </span>
      </Link>
    </li>
  );
}
