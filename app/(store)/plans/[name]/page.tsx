import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BuyForm } from "@/components/store/buy-form";
import { planArea, planData, planDays, planName } from "@/lib/catalogue/plan-name";
import { planByName } from "@/lib/catalogue/plans";
import { countryByIso } from "@/lib/geo/countries";
import { formatMoney } from "@/lib/money/minor-units";

type Props = { params: Promise<{ name: string }>; searchParams: Promise<{ cancelled?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await planByName((await params).name);
  return plan ? { title: `${planName(plan)} eSIM`, description: `${planData(plan)} of data for ${planDays(plan)} in ${planArea(plan)}. Instant delivery.` } : {};
}

export default async function PlanPage({ params, searchParams }: Props) {
  const plan = await planByName((await params).name);
  if (!plan) notFound();
  const { cancelled } = await searchParams;
  const coverage = [...plan.countries, ...plan.roamingCountries].map((iso) => countryByIso(iso)?.name ?? iso).sort();
  const price = formatMoney(plan.retailMinor, plan.retailCurrency);
  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 md:grid-cols-[1fr_380px]">
      <div>
        <p className="text-sm font-medium text-brand-700">{planArea(plan)}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">
          {planData(plan)} · {planDays(plan)}
        </h1>
        <p className="mt-2 text-2xl font-semibold">{price}</p>
        <dl className="mt-6 grid grid-cols-2 gap-4 rounded-2xl border border-slate-200 bg-white p-5 text-sm">
          <div>
            <dt className="text-slate-600">Data</dt>
            <dd className="font-medium">{plan.unlimited ? "Unlimited (fair use)" : planData(plan)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Validity</dt>
            <dd className="font-medium">{planDays(plan)} from first use</dd>
          </div>
          <div>
            <dt className="text-slate-600">Network speed</dt>
            <dd className="font-medium">{plan.speeds.join(", ") || "4G"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Coverage</dt>
            <dd className="font-medium">{coverage.length === 1 ? coverage[0] : `${coverage.length} countries`}</dd>
          </div>
        </dl>
        <p className="mt-4 text-sm text-slate-600">
          Validity starts when the eSIM first connects in a covered country. When the data runs out you can top up the same eSIM. Check that your phone is
          eSIM-capable and unlocked before you buy.
        </p>
        {coverage.length > 1 && (
          <details className="mt-4 rounded-2xl border border-slate-200 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium">Covered countries ({coverage.length})</summary>
            <p className="mt-2 text-slate-700">{coverage.join(", ")}</p>
          </details>
        )}
      </div>
      <aside className="h-fit rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-4 text-lg font-semibold">Get this eSIM</h2>
        {cancelled && <p className="mb-4 rounded-xl bg-amber-50 p-3 text-sm text-amber-900">Payment cancelled. Nothing was charged.</p>}
        <BuyForm bundle={plan.name} price={price} />
      </aside>
    </div>
  );
}
