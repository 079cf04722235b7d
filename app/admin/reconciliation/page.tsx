import Link from "next/link";
import { CheckSection, FixButton, type Checked } from "@/components/admin/check-section";
import { recordPaymentAction, refundPaymentAction, retryLineAction } from "@/components/admin/reconciliation/actions";
import { Flash } from "@/components/ui/flash";
import { Money } from "@/components/ui/money";
import { StatusLabel } from "@/components/ui/status-label";
import { Time } from "@/components/ui/time";
import { autoRefundedLines, paidLinesWithoutEsim, paymentsWithoutOrder, unlinkedEsimGoOrders } from "@/lib/admin/reconciliation";
import { requireStaff } from "@/lib/auth/session";
import type { PageProps } from "@/lib/http/page-props";
import { AdminPage } from "@/components/admin/admin-page";
import { OrderLink } from "@/components/admin/record-links";

function settle<T>(work: Promise<T[]>): Promise<Checked<T>> {
  return work.then(
    (value) => ({ ok: true as const, value }),
    (e: Error) => ({ ok: false as const, error: e.message }),
  );
}

const CHECKS = {
  unfulfilled: {
    label: "Paid without an eSIM",
    title: "Paid, but no eSIM after 10 minutes",
    source: "The database",
    testId: "unfulfilled-line",
  },
  unlinked: {
    label: "eSIM Go orders not linked",
    title: "eSIM Go orders (last 7 days) not linked to any order",
    source: "eSIM Go",
    testId: "unlinked-order",
  },
  refunded: {
    label: "Refunded automatically",
    title: "Refunded automatically: no eSIM in time after payment (last 7 days)",
    source: "The database",
    testId: "auto-refunded-line",
  },
  orphans: {
    label: "Payments without an order",
    title: "Stripe payments (last 7 days) without a paid order",
    source: "Stripe",
    testId: "orphan-payment",
  },
};

// Where money, orders and eSIMs disagree, and the safe fix for each.
export default async function ReconciliationPage({ searchParams }: PageProps) {
  await requireStaff();
  const query = await searchParams;
  const [lines, esimgoOrders, payments, refunded] = await Promise.all([
    settle(paidLinesWithoutEsim()),
    settle(unlinkedEsimGoOrders()),
    settle(paymentsWithoutOrder()),
    settle(autoRefundedLines()),
  ]);
  return (
    <AdminPage title="Reconciliation" roomy>
      <Flash params={query} testId="reconcile-result" />
      <CheckSection {...CHECKS.unfulfilled} result={lines} itemKey={(l) => l.lineId}>
        {(l) => (
          <>
            <span>
              <OrderLink id={l.orderId}>{l.email}</OrderLink> · {l.bundle} · {l.status} · paid <Time value={l.paidAt} />
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
      <CheckSection {...CHECKS.unlinked} result={esimgoOrders} itemKey={(o) => o.reference}>
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
      <CheckSection {...CHECKS.orphans} result={payments} itemKey={(p) => p.sessionId}>
        {(p) => (
          <>
            <span>
              <Money minor={p.amountMinor} currency={p.currency} /> · {p.email ?? "no email"} · <Time value={p.createdAt} /> ·{" "}
              {p.orderId ? (
                <>
                  order <OrderLink id={p.orderId}>{p.orderStatus && <StatusLabel status={p.orderStatus} />}</OrderLink>
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
      <CheckSection {...CHECKS.refunded} result={refunded} itemKey={(r) => r.lineId}>
        {(r) => (
          <span>
            <OrderLink id={r.orderId}>{r.email}</OrderLink> · {r.bundle} · <Money minor={r.amountMinor} currency={r.currency} /> refunded{" "}
            <Time value={r.at} />
          </span>
        )}
      </CheckSection>
    </AdminPage>
  );
}
