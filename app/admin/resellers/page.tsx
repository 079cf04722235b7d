import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { afterOnboarding, listResellers } from "@/lib/tenancy/resellers";
import {
  createResellerAction,
  reactivateResellerAction,
  setDailyCapAction,
  startOnboardingAction,
  suspendResellerAction,
} from "@/components/admin/resellers/actions";
import { AdminPage } from "@/components/admin/admin-page";
import { Choice, Field } from "@/components/admin/resellers/fields";
import { DataTable } from "@/components/ui/data-table";
import { Flash } from "@/components/ui/flash";
import { Money } from "@/components/ui/money";
import { Time } from "@/components/ui/time";
import { CURRENCIES, LOCALES } from "@/lib/i18n/locales";
import type { PageProps } from "@/lib/http/page-props";
import { env } from "@/lib/config/env";
import { toMajorString } from "@/lib/money/minor-units";

// Resellers beneath the operator: each its own storefront on its own hosts, its own customers and
// orders, its eSIM Go branding profile. A suspended reseller sells nothing; its customers keep
// their eSIMs. A new host answers within half a minute (the proxy's host cache).
export default async function ResellersPage({ searchParams }: PageProps) {
  await requireStaff();
  const query = await searchParams;
  const returning = typeof query.connect === "string" ? query.connect : null;
  if (returning) await afterOnboarding(returning); // back from Stripe's onboarding page
  const resellers = await listResellers();
  const currency = env().STORE_CURRENCY; // eSIM Go's, in which costs are counted
  return (
    <AdminPage title="Resellers" roomy>
      <Flash params={query} testId="reseller-result" />
      <form
        action={createResellerAction}
        aria-label="Add a reseller"
        className="grid gap-2 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end"
      >
        <Field label="Name" name="name" required />
        <Field label="Slug" name="slug" required placeholder="nomadic" />
        <Field label="Hosts (comma-separated; the first is used in links)" name="hosts" required placeholder="shop.nomadic.example" />
        <Field label="eSIM Go branding profile ID (optional)" name="profileId" />
        <Choice label="Default language" name="defaultLocale" options={LOCALES} />
        <Choice label="Default currency" name="defaultCurrency" options={CURRENCIES} />
        <button className="h-10 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white sm:col-start-3">Add reseller</button>
      </form>
      <DataTable
        rows={resellers}
        rowKey={(r) => r.id}
        rowTestId="reseller"
        empty="No resellers yet."
        columns={[
          {
            header: "Reseller",
            cell: (r) => (
              <>
                <Link href={`/admin/resellers/${r.id}`} className="font-semibold text-brand-700 underline">
                  {r.name}
                </Link>
                <span className="block text-xs text-slate-600">{r.hosts.join(", ")}</span>
                <span className="block text-xs text-slate-600">
                  {r.defaultLocale} · {r.defaultCurrency}
                  {r.profileId && ` · eSIM Go profile ${r.profileId}`}
                </span>
              </>
            ),
          },
          { header: "Since", className: "pl-3", cell: (r) => <Time value={r.createdAt} precision="date" /> },
          {
            header: "Last 30 days",
            testId: "reseller-sales",
            className: "pl-3",
            cell: (r) => (
              <span className="tabular-nums">
                {r.sales.orders} orders · revenue <Money minor={r.sales.revenueMinor} currency={currency} /> · cost{" "}
                <Money minor={r.sales.revenueMinor - r.sales.marginMinor} currency={currency} /> · margin{" "}
                <Money minor={r.sales.marginMinor} currency={currency} />
              </span>
            ),
          },
          {
            header: `Daily cost cap (${currency})`,
            className: "pl-3",
            cell: (r) => (
              <form action={setDailyCapAction} className="flex gap-1">
                <input type="hidden" name="tenantId" value={r.id} />
                <input
                  name="cap"
                  inputMode="decimal"
                  aria-label={`Daily cost cap of ${r.name}`}
                  placeholder="no cap"
                  defaultValue={r.dailyCostCapMinor === null ? "" : toMajorString(r.dailyCostCapMinor, currency)}
                  className="h-8 w-24 rounded border border-slate-300 px-1"
                />
                <button className="rounded-lg border border-slate-300 px-2">Save</button>
              </form>
            ),
          },
          { header: "Status", testId: "reseller-status", className: "pl-3", cell: (r) => r.status },
          {
            header: "Stripe",
            testId: "reseller-stripe",
            className: "pl-3",
            cell: (r) =>
              r.stripeChargesEnabled ? (
                "Taking payments"
              ) : (
                <form action={startOnboardingAction}>
                  <input type="hidden" name="tenantId" value={r.id} />
                  <button className="rounded-lg border border-slate-300 px-2 py-1 text-sm">
                    {r.stripeAccountId ? "Continue Stripe onboarding" : "Set up Stripe payouts"}
                  </button>
                </form>
              ),
          },
          {
            header: "",
            className: "pl-3",
            cell: (r) => (
              <form action={r.status === "active" ? suspendResellerAction : reactivateResellerAction}>
                <input type="hidden" name="tenantId" value={r.id} />
                <button
                  className={`rounded-lg border px-2 py-1 text-sm ${r.status === "active" ? "border-red-300 text-red-800" : "border-slate-300"}`}
                >
                  {r.status === "active" ? "Suspend" : "Reactivate"}
                </button>
              </form>
            ),
          },
        ]}
      />
    </AdminPage>
  );
}
