import { z } from "zod";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { TopUpButton } from "@/components/top-up/top-up-button";
import { Flag } from "@/components/ui/flag";
import { getOwnedEsim } from "@/lib/esims/owned-esims";
import { compatiblePlans } from "@/lib/esims/compatibility";
import { requireUser } from "@/lib/auth/session";
import { creditBalance } from "@/lib/money/credit-ledger";
import { env } from "@/lib/config/env";
import { getDestinations, getPlansForCountry } from "@/lib/catalogue/cached";
import { planArea, planData, planDays } from "@/lib/catalogue/plan-name";
import { searchIndex } from "@/lib/catalogue/search-index";
import { countryByIso } from "@/lib/catalogue/countries";
import { MAX_QUERY_CHARS, searchDestinations } from "@/lib/catalogue/destination-search";
import { formatMoney } from "@/lib/money/minor-units";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";

export const metadata: Metadata = { title: "Top up" };

const topUpQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  q: z
    .string()
    .catch("")
    .default("")
    .transform((q) => q.trim().slice(0, MAX_QUERY_CHARS)),
});
type Props = { params: Promise<{ iccid: string }>; searchParams: Promise<{ country?: string; q?: string }> };

export default async function TopUpPage({ params, searchParams }: Props) {
  const [{ iccid }, query] = await Promise.all([params, searchParams]);
  const { country: iso, q } = topUpQuery.parse(query);
  const user = await requireUser(`/account/esims/${iccid}/top-up`);
  const esim = await getOwnedEsim(user.id, iccid);
  if (!esim) notFound();
  const country = iso ? countryByIso(iso) : undefined;
  const [destinations, credit] = await Promise.all([getDestinations(), creditBalance(user.id, env().STORE_CURRENCY)]);
  const matches = q ? searchDestinations(searchIndex(destinations), q, 8) : [];
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/account/esims/${iccid}`} className="text-sm text-brand-700">
          ← eSIM {iccid}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">Top up eSIM {iccid}</h1>
        <p className="text-slate-600">The new plan goes onto the eSIM you already have: nothing to install again.</p>
        {credit > 0 && (
          <p className="mt-2 rounded-xl bg-emerald-50 p-3 text-sm text-emerald-900">
            Your store credit of{" "}
            <strong>
              <Money minor={credit} currency={env().STORE_CURRENCY} />
            </strong>{" "}
            is used first; the card pays any rest.
          </p>
        )}
      </div>
      <form method="get" className="flex gap-2" role="search">
        <label htmlFor="topup-q" className="sr-only">
          Where are you going?
        </label>
        <input
          id="topup-q"
          name="q"
          defaultValue={q}
          placeholder="Where are you going?"
          className="h-11 flex-1 rounded-xl border border-slate-300 bg-white px-3"
        />
        <button type="submit" className="rounded-xl bg-slate-900 px-4 text-sm font-semibold text-white">
          Find
        </button>
      </form>
      {matches.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Destinations">
          {matches.map((m) => (
            <li key={m.iso}>
              <Link
                href={`?country=${m.iso}`}
                className="flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
              >
                <Flag iso={m.iso} size={20} />
                {m.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {country && (
        <Suspense
          fallback={
            <p role="status" className="text-slate-600">
              Checking which {country.name} plans fit this eSIM…
            </p>
          }
        >
          <CompatiblePlans iccid={iccid} iso={country.iso} name={country.name} useCredit={credit > 0} />
        </Suspense>
      )}
    </div>
  );
}

async function CompatiblePlans({ iccid, iso, name, useCredit }: { iccid: string; iso: string; name: string; useCredit: boolean }) {
  const { plans, unchecked } = await compatiblePlans(iccid, await getPlansForCountry(iso));
  return (
    <section aria-label={`Plans for ${name}`}>
      <h2 className="text-lg font-semibold">Plans for {name} that work on this eSIM</h2>
      {unchecked > 0 && <p className="mt-1 text-sm text-amber-800">{unchecked} plans could not be checked right now and are not shown.</p>}
      {plans.length === 0 && <p className="mt-2 text-slate-600">No compatible plan for {name}.</p>}
      <ul className="mt-3 space-y-3">
        {plans.map((p) => (
          <Card as="li" padding="md" className="flex items-center justify-between gap-3" key={p.id} data-testid="topup-plan">
            <span>
              <span className="block font-semibold">
                {planData(p)} · {planDays(p)}
              </span>
              <span className="block text-sm text-slate-600">
                {planArea(p)} · <Money minor={p.retailMinor} currency={p.retailCurrency} />
              </span>
            </span>
            <TopUpButton
              iccid={iccid}
              bundle={p.name}
              useCredit={useCredit}
              label={`Top up · ${formatMoney(p.retailMinor, p.retailCurrency)}`}
            />
          </Card>
        ))}
      </ul>
    </section>
  );
}
