import Link from "next/link";
import { planArea, planData, planDays } from "@/lib/catalogue/plan-name";
import { pricePerGb, type Plan } from "@/lib/catalogue/plans";
import { formatMoney } from "@/lib/money/minor-units";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";

export function PlanCard({ plan }: { plan: Plan }) {
  const coverage =
    plan.scope === "country" ? planArea(plan) : `${planArea(plan)} · ${plan.countries.length + plan.roamingCountries.length} countries`;
  const perGb = pricePerGb(plan);
  return (
    <Card
      as="li"
      padding="none"
      className="shadow-sm hover:border-brand-500"
      data-testid="plan"
      data-price={plan.retailMinor}
      data-per-gb={perGb ?? ""}
      data-unlimited={plan.unlimited}
      data-days={plan.durationDays}
      data-mb={plan.dataMb}
    >
      <Link href={`/plans/${plan.name}`} className="flex items-center justify-between gap-4 p-4">
        <span>
          <span className="block text-lg font-semibold">
            {planData(plan)} <span className="font-normal text-slate-600">· {planDays(plan)}</span>
          </span>
          <span className="block text-sm text-slate-600">{coverage}</span>
          <span className="block text-xs text-slate-600">{plan.speeds.join(" / ")}</span>
        </span>
        <span className="shrink-0 text-right">
          <span className="block text-lg font-bold text-brand-700">
            <Money minor={plan.retailMinor} currency={plan.retailCurrency} />
          </span>
          <span className="block text-xs text-slate-600">{perGb ? `${formatMoney(perGb, plan.retailCurrency)} / GB` : "no data cap"}</span>
        </span>
      </Link>
    </Card>
  );
}
