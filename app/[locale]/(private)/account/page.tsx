import type { Metadata } from "next";
import Link from "next/link";
import { UsageBar } from "@/components/account/usage-bar";
import { currentBundle, listOwnedEsims } from "@/lib/esims/owned-esims";
import { validityText } from "@/lib/esims/validity";
import { creditBalance } from "@/lib/money/credit-ledger";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/ui/money";

export const metadata: Metadata = { title: "My eSIMs" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [esims, balance] = await Promise.all([listOwnedEsims(user.id), creditBalance(user.id, env().STORE_CURRENCY)]);
  return (
    <div>
      <h1 className="text-2xl font-bold">My eSIMs</h1>
      {balance > 0 && (
        <p className="mt-1 text-sm text-slate-700">
          Store credit:{" "}
          <strong>
            <Money minor={balance} currency={env().STORE_CURRENCY} />
          </strong>
          .
        </p>
      )}
      {esims.length === 0 && (
        <p className="mt-6 rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          No eSIMs yet.{" "}
          <Link href="/" className="font-medium text-brand-700 underline">
            Find a plan for your trip
          </Link>
          .
        </p>
      )}
      <ul className="mt-6 space-y-4">
        {esims.map((esim) => {
          const bundle = currentBundle(esim.assignments);
          return (
            <Card as="li" padding="lg" className="shadow-sm" key={esim.id} data-testid="account-esim">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">eSIM {esim.iccid}</h2>
                <span className="text-sm text-slate-600">
                  {esim.state === "active" ? (esim.profileStatus ?? "Ready to install") : esim.state}
                </span>
              </div>
              {bundle ? (
                <div className="mt-3 space-y-2">
                  <p className="text-sm">
                    <span className="font-medium">{bundle.bundleName}</span> ·{" "}
                    <span className="text-slate-600">{validityText(bundle)}</span>
                  </p>
                  <UsageBar assignment={bundle} />
                </div>
              ) : (
                <p className="mt-3 text-sm text-slate-600">No active plan. Top up to use this eSIM again.</p>
              )}
              <div className="mt-4 flex flex-wrap gap-2 text-sm font-medium">
                <Link href={`/account/esims/${esim.iccid}/top-up`} className="rounded-lg bg-brand-600 px-3 py-2 text-white">
                  Top up
                </Link>
                <Link href={`/account/esims/${esim.iccid}#install`} className="rounded-lg border border-slate-300 px-3 py-2">
                  Install again
                </Link>
                <Link href={`/account/esims/${esim.iccid}`} className="rounded-lg border border-slate-300 px-3 py-2">
                  Details
                </Link>
              </div>
            </Card>
          );
        })}
      </ul>
    </div>
  );
}
