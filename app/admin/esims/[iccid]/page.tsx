import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { formatBytes } from "@/lib/esims/owned-esims";
import { esimForStaff, providerHistory } from "@/lib/esims/staff-esim";
import { requireStaff } from "@/lib/auth/session";
import { refreshEsimAction } from "@/components/admin/esims/actions";
import { Flash } from "@/components/ui/flash";
import { Time } from "@/components/ui/time";
import type { PageProps } from "@/lib/http/page-props";
import { OrderLink } from "@/components/admin/record-links";

const card = "rounded-2xl border border-slate-200 bg-white p-4";

// One eSIM for staff: owner, plans with their usage, usage snapshots as received, a refresh from
// eSIM Go and eSIM Go's own history. Activation codes are not shown here.
export default async function AdminEsimPage({ params, searchParams }: PageProps<{ iccid: string }>) {
  await requireStaff();
  const [{ iccid }, query] = await Promise.all([params, searchParams]);
  const esim = await esimForStaff(iccid);
  if (!esim) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/customers" className="text-sm text-brand-700">
          ← Customers and eSIMs
        </Link>
        <h1 className="font-mono text-2xl font-bold">{esim.iccid}</h1>
        <p className="text-sm text-slate-600">
          {esim.state} · profile {esim.profileStatus ?? "unknown"} · owner{" "}
          {esim.owner ? (
            <Link href={`/admin/customers/${esim.owner.id}`} className="text-brand-700 underline">
              {esim.owner.email}
            </Link>
          ) : (
            `${esim.ownerEmail} (guest)`
          )}
          {esim.originLine && (
            <>
              {" "}
              · <OrderLink id={esim.originLine.orderId}>first order</OrderLink>
            </>
          )}{" "}
          · last checked <Time value={esim.liveCheckedAt} />
        </p>
      </div>
      <Flash params={query} testId="esim-result" />
      <section aria-label="Plans" className={card}>
        <div className="flex items-center justify-between">
          <h2 className="font-semibold">Plans</h2>
          <form action={refreshEsimAction}>
            <input type="hidden" name="iccid" value={esim.iccid} />
            <button className="rounded-lg border border-slate-300 px-3 py-1 text-sm font-semibold">Refresh from eSIM Go</button>
          </form>
        </div>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600">
              <th className="py-1">Bundle</th>
              <th>State</th>
              <th>Remaining</th>
              <th>Ends</th>
              <th>Order</th>
            </tr>
          </thead>
          <tbody>
            {esim.assignments.map((a) => (
              <tr key={a.id} data-testid="esim-plan" className="border-t border-slate-200">
                <td className="py-1">{a.bundleName}</td>
                <td>{a.state}</td>
                <td>{a.unlimited ? "unlimited" : `${formatBytes(a.remainingBytes)} of ${formatBytes(a.initialBytes)}`}</td>
                <td>
                  <Time value={a.endTime} />
                </td>
                <td>{a.orderLine ? <OrderLink id={a.orderLine.orderId}>open</OrderLink> : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-label="Usage snapshots" className={card}>
        <h2 className="font-semibold">Usage snapshots (latest 50)</h2>
        <ul className="mt-2 space-y-1 text-sm" data-testid="snapshots">
          {esim.snapshots.map((s) => (
            <li key={s.id}>
              <Time value={s.receivedAt} /> · {s.source} · {s.alertType} · {s.bundleName ?? "–"} ·{" "}
              {s.unlimited ? "unlimited" : `${formatBytes(s.remainingBytes)} left`}
            </li>
          ))}
          {esim.snapshots.length === 0 && <li className="text-slate-600">None received yet.</li>}
        </ul>
      </section>
      <section aria-label="eSIM Go history" className={card}>
        <h2 className="font-semibold">eSIM Go history</h2>
        <Suspense fallback={<p className="mt-2 text-sm text-slate-600">Asking eSIM Go…</p>}>
          <ProviderHistory iccid={esim.iccid} />
        </Suspense>
      </section>
    </div>
  );
}

async function ProviderHistory({ iccid }: { iccid: string }) {
  const history = await providerHistory(iccid);
  if (!history.ok)
    return (
      <p role="alert" className="mt-2 text-sm text-red-800">
        eSIM Go history unavailable: {history.error}
      </p>
    );
  return (
    <ul className="mt-2 space-y-1 text-sm" data-testid="provider-history">
      {history.items.map((h, i) => (
        <li key={i}>
          <Time value={h.date} /> · {h.name}
          {h.bundle ? ` · ${h.bundle}` : ""}
        </li>
      ))}
      {history.items.length === 0 && <li className="text-slate-600">No history.</li>}
    </ul>
  );
}
