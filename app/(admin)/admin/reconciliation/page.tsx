import Link from "next/link";
import { z } from "zod";
import { paidLinesWithoutEsim, paymentsWithoutOrder, unlinkedEsimGoOrders } from "@/lib/admin/reconciliation";
import { requireStaff } from "@/lib/auth/session";
import { recordPaymentAction, refundPaymentAction, retryLineAction } from "@/components/admin/reconciliation/actions";
import { Flash } from "@/components/ui/flash";
import { Time } from "@/components/ui/time";
import { StatusLabel } from "@/components/ui/status-label";
import { Money } from "@/components/ui/money";

const card = "rounded-2xl border border-slate-200 bg-white p-4";
const button = "rounded-lg bg-brand-600 px-3 py-1 text-sm font-semibold text-white";

async function settle<T>(work: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  return work.then(
    (value) => ({ ok: true as const, value }),
    (e: Error) => ({ ok: false as const, error: e.message }),
  );
}

// Where money, orders and eSIMs disagree, and the safe fix for each.
export default async function ReconciliationPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff();
  const query = await searchParams;
  const [lines, esimgoOrders, payments] = await Promise.all([
    settle(paidLinesWithoutEsim()),
    settle(unlinkedEsimGoOrders()),
    settle(paymentsWithoutOrder()),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Reconciliation</h1>
      <Flash params={query} testId="reconcile-result" />

      <section aria-label="Paid without an eSIM" className={card}>
        <h2 className="font-semibold">Paid, but no eSIM after 10 minutes</h2>
        {!lines.ok ? (
          <p role="alert" className="text-sm text-red-800">
            {lines.error}
          </p>
        ) : lines.value.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {lines.value.map((l) => (
              <li key={l.lineId} data-testid="unfulfilled-line" className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Link href={`/admin/orders/${l.orderId}`} className="text-brand-700 underline">
                    {l.email}
                  </Link>{" "}
                  · {l.bundle} · {l.status} · paid <Time value={l.paidAt} />
                  {l.lastError ? ` · ${l.lastError}` : ""}
                </span>
                {l.status.startsWith("fulfilled") ? (
                  <Link href="/admin/tools" className="text-brand-700 underline">
                    Recover with backfill
                  </Link>
                ) : (
                  <form action={retryLineAction}>
                    <input type="hidden" name="lineId" value={l.lineId} />
                    <button className={button}>Retry fulfilment</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="eSIM Go orders not linked" className={card}>
        <h2 className="font-semibold">eSIM Go orders (last 7 days) not linked to any order</h2>
        {!esimgoOrders.ok ? (
          <p role="alert" className="text-sm text-red-800">
            eSIM Go unavailable: {esimgoOrders.error}
          </p>
        ) : esimgoOrders.value.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {esimgoOrders.value.map((o) => (
              <li key={o.reference} data-testid="unlinked-order" className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {o.reference} · <Time value={o.createdAt} /> · {o.items} · {o.total} {o.currency}
                </span>
                {o.waitingLine ? (
                  <form action={retryLineAction}>
                    <input type="hidden" name="lineId" value={o.waitingLine.lineId} />
                    <button className={button}>Link to waiting order</button>
                  </form>
                ) : (
                  <span className="text-slate-600">No order is waiting for it (inventory purchase or bought outside the store).</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Payments without an order" className={card}>
        <h2 className="font-semibold">Stripe payments (last 7 days) without a paid order</h2>
        {!payments.ok ? (
          <p role="alert" className="text-sm text-red-800">
            Stripe unavailable: {payments.error}
          </p>
        ) : payments.value.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {payments.value.map((p) => (
              <li key={p.sessionId} data-testid="orphan-payment" className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Money minor={p.amountMinor} currency={p.currency} /> · {p.email ?? "no email"} · <Time value={p.createdAt} /> ·{" "}
                  {p.orderId ? (
                    <>
                      order{" "}
                      <Link href={`/admin/orders/${p.orderId}`} className="text-brand-700 underline">
                        {p.orderStatus && <StatusLabel status={p.orderStatus} />}
                      </Link>
                    </>
                  ) : (
                    "no order"
                  )}
                </span>
                <form action={p.fix === "record_payment" ? recordPaymentAction : refundPaymentAction}>
                  <input type="hidden" name="sessionId" value={p.sessionId} />
                  <button
                    className={p.fix === "record_payment" ? button : "rounded-lg bg-red-700 px-3 py-1 text-sm font-semibold text-white"}
                  >
                    {p.fix === "record_payment" ? "Record payment and fulfil" : "Refund payment"}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
