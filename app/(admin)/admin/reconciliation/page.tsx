import Link from "next/link";
import { CheckSection, FixButton, type Checked } from "@/components/admin/check-section";
import { recordPaymentAction, refundPaymentAction, retryLineAction } from "@/components/admin/reconciliation/actions";
import { Flash } from "@/components/ui/flash";
import { Money } from "@/components/ui/money";
import { StatusLabel } from "@/components/ui/status-label";
import { Time } from "@/components/ui/time";
import { paidLinesWithoutEsim, paymentsWithoutOrder, unlinkedEsimGoOrders } from "@/lib/admin/reconciliation";
import { requireStaff } from "@/lib/auth/session";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";

function settle<T>(work: Promise<T[]>): Promise<Checked<T>> {
  return work.then(
    (value) => ({ ok: true as const, value }),
    (e: Error) => ({ ok: false as const, error: e.message }),
  );
}

// Where money, orders and eSIMs disagree, and the safe fix for each.
export default async function ReconciliationPage({ searchParams }: PageProps) {
  await requireStaff();
  const query = await searchParams;
  const [lines, esimgoOrders, payments] = await Promise.all([
    settle(paidLinesWithoutEsim()),
    settle(unlinkedEsimGoOrders()),
    settle(paymentsWithoutOrder()),
  ]);
  return (
    <AdminPage title="Reconciliation" roomy>
      <Flash params={query} testId="reconcile-result" />
      <CheckSection
        label="Paid without an eSIM"
        title="Paid, but no eSIM after 10 minutes"
        source="The database"
        result={lines}
        itemKey={(l) => l.lineId}
        testId="unfulfilled-line"
      >
        {(l) => (
          <>
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
              <FixButton action={retryLineAction} name="lineId" value={l.lineId}>
                Retry fulfilment
              </FixButton>
            )}
          </>
        )}
      </CheckSection>
      <CheckSection
        label="eSIM Go orders not linked"
        title="eSIM Go orders (last 7 days) not linked to any order"
        source="eSIM Go"
        result={esimgoOrders}
        itemKey={(o) => o.reference}
        testId="unlinked-order"
      >
        {(o) => (
          <>
            <span>
              {o.reference} · <Time value={o.createdAt} /> · {o.items} · {o.total} {o.currency}
            </span>
            {o.waitingLine ? (
              <FixButton action={retryLineAction} name="lineId" value={o.waitingLine.lineId}>
                Link to waiting order
              </FixButton>
            ) : (
              <span className="text-slate-600">No order is waiting for it (inventory purchase or bought outside the store).</span>
            )}
          </>
        )}
      </CheckSection>
      <CheckSection
        label="Payments without an order"
        title="Stripe payments (last 7 days) without a paid order"
        source="Stripe"
        result={payments}
        itemKey={(p) => p.sessionId}
        testId="orphan-payment"
      >
        {(p) => (
          <>
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
            {p.fix === "record_payment" ? (
              <FixButton action={recordPaymentAction} name="sessionId" value={p.sessionId}>
                Record payment and fulfil
              </FixButton>
            ) : (
              <FixButton action={refundPaymentAction} name="sessionId" value={p.sessionId} danger>
                Refund payment
              </FixButton>
            )}
          </>
        )}
      </CheckSection>
    </AdminPage>
  );
}
