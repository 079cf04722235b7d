import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { dashboardFigures, type Period } from "@/lib/admin/dashboard";
import { cachedBalance } from "@/lib/admin/provider-status";
import { env } from "@/lib/config/env";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/time";
import { Money } from "@/components/ui/money";
import { AdminPage } from "@/components/admin/admin-page";

export default async function DashboardPage() {
  await requireStaff();
  const [f, balance] = await Promise.all([dashboardFigures(), cachedBalance()]);
  const currency = env().STORE_CURRENCY;
  const low = balance && balance.balance < env().ESIMGO_LOW_BALANCE_WARNING;
  const periodCard = (title: string, p: Period) => (
    <Card padding="md">
      <h2 className="text-sm font-medium text-slate-600">{title}</h2>
      <p className="mt-1 text-2xl font-bold">
        <Money minor={p.revenueMinor} currency={currency} />
      </p>
      <p className="text-sm text-slate-600">
        {p.orders} order{p.orders === 1 ? "" : "s"} · margin <Money minor={p.marginMinor} currency={currency} /> · all currencies converted
        to {currency}
      </p>
    </Card>
  );
  return (
    <AdminPage title="Dashboard" roomy>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {periodCard("Today", f.today)}
        {periodCard("Last 30 days", f.month)}
        <Card padding="md">
          <h2 className="text-sm font-medium text-slate-600">Fulfilment</h2>
          <p className="mt-1 text-2xl font-bold" data-testid="failed-lines">
            {f.failed} failed
          </p>
          <p className="text-sm text-slate-600">
            {f.pending} in progress · p95 payment → QR {f.p95Seconds === null ? "–" : `${f.p95Seconds.toFixed(1)} s`}
          </p>
          <p className="text-sm text-slate-600" data-testid="auto-refunded-lines">
            <Link href="/admin/reconciliation" className="underline">
              {f.autoRefunded} refunded automatically
            </Link>{" "}
            (no eSIM in time, 30 days)
          </p>
        </Card>
        <div className={`rounded-2xl border p-4 ${low ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}>
          <h2 className="text-sm font-medium text-slate-600">eSIM Go balance</h2>
          <p className="mt-1 text-2xl font-bold">{balance ? `${balance.balance.toFixed(2)} ${balance.currency}` : "unreachable"}</p>
          {low && <p className="text-sm text-red-800">Low: top up before orders fail.</p>}
        </div>
      </div>
      <Card as="section" padding="md" aria-label="Recent provider errors">
        <h2 className="font-semibold">Recent provider errors</h2>
        {f.errors.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">None.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {f.errors.map((e) => (
              <li key={e.id}>
                <span className="text-slate-600">
                  <Time value={e.createdAt} precision="second" />
                </span>{" "}
                {e.method} {e.path} → {e.status ?? e.outcome}: {e.error}
              </li>
            ))}
          </ul>
        )}
        <Link href="/admin/logs?outcome=errors" className="mt-2 inline-block text-sm text-brand-700 underline">
          All provider calls
        </Link>
      </Card>
    </AdminPage>
  );
}
