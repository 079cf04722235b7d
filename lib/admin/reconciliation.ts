// Reconciliation: the three ways money, orders and eSIMs can disagree, each with the fix that is
// safe to take in one click; and the lines refunded automatically because no eSIM came in time.
//  1. Paid lines with no eSIM after a grace period → retry fulfilment (it looks for a lost eSIM Go
//     order before buying, so a retry cannot buy twice).
//  2. eSIM Go orders no local line points at → when a line is still waiting for exactly that
//     bundle, retrying it links the order; otherwise it is shown for a person to judge.
//  3. Paid Stripe sessions whose order is not marked paid (a lost webhook) → record the payment as
//     the webhook would have; sessions with no order at all → refund.
import { db } from "@/lib/db";
import { esimgo } from "@/lib/esimgo";
import { AUTO_REFUND_REASON } from "@/lib/fulfilment/undelivered-refunds";
import { paidSessionsSince } from "@/lib/payments/sessions";

const GRACE_MS = 10 * 60_000;
const WINDOW_DAYS = 7;
const WAITING = ["paid", "provisioning", "esim_pending", "esim_failed"] as const;

export type UnfulfilledLine = {
  lineId: string;
  orderId: string;
  email: string;
  bundle: string;
  status: string;
  paidAt: Date | null;
  lastError: string | null;
};
export type UnlinkedEsimGoOrder = {
  reference: string;
  createdAt: Date | null;
  items: string;
  total: number;
  currency: string;
  waitingLine: { lineId: string; orderId: string } | null;
};
export type OrphanPayment = {
  sessionId: string;
  paymentIntent: string | null;
  amountMinor: number;
  currency: string;
  email: string | null;
  createdAt: Date;
  orderId: string | null;
  orderStatus: string | null;
  fix: "record_payment" | "refund" | null;
};

export async function paidLinesWithoutEsim(now = Date.now()): Promise<UnfulfilledLine[]> {
  const lines = await db.orderLine.findMany({
    where: {
      order: { paidAt: { lt: new Date(now - GRACE_MS) } },
      OR: [{ fulfilmentStatus: { in: [...WAITING] } }, { fulfilmentStatus: "fulfilled", kind: "new_esim", esims: { none: {} } }],
    },
    include: { order: { select: { email: true, paidAt: true } } },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  return lines.map((l) => ({
    lineId: l.id,
    orderId: l.orderId,
    email: l.order.email,
    bundle: l.bundleName,
    status: l.fulfilmentStatus === "fulfilled" ? "fulfilled, eSIM data missing" : l.fulfilmentStatus,
    paidAt: l.order.paidAt,
    lastError: l.lastError,
  }));
}

export async function unlinkedEsimGoOrders(now = Date.now()): Promise<UnlinkedEsimGoOrder[]> {
  const client = esimgo();
  const from = new Date(now - WINDOW_DAYS * 86_400_000);
  const orders = [];
  for (let page = 1; page <= 20; page++) {
    const batch = await client.listOrders({ createdFrom: from, page, limit: 100 });
    orders.push(...batch);
    if (batch.length < 100) break;
  }
  const linked = new Set(
    (
      await db.orderLine.findMany({
        where: { esimgoOrderReference: { in: orders.map((o) => o.orderReference) } },
        select: { esimgoOrderReference: true },
      })
    ).map((l) => l.esimgoOrderReference),
  );
  const waiting = await db.orderLine.findMany({
    where: { fulfilmentStatus: { in: [...WAITING] }, esimgoOrderReference: null, transactionStartedAt: { not: null } },
    select: { id: true, orderId: true, bundleName: true, quantity: true },
  });
  return orders
    .filter((o) => !linked.has(o.orderReference) && o.status !== "Failed")
    .map((o) => {
      const match = waiting.find((l) => o.order.some((i) => i.item === l.bundleName && i.quantity === l.quantity));
      return {
        reference: o.orderReference,
        createdAt: o.createdDate ?? null,
        items: o.order.map((i) => `${i.item} ×${i.quantity}`).join(", "),
        total: o.total,
        currency: o.currency,
        waitingLine: match ? { lineId: match.id, orderId: match.orderId } : null,
      };
    });
}

export async function paymentsWithoutOrder(now = Date.now()): Promise<OrphanPayment[]> {
  const paid = await paidSessionsSince(new Date(now - WINDOW_DAYS * 86_400_000));
  const ids = paid.map((s) => s.orderRef).filter((id): id is string => Boolean(id));
  const orders = new Map(
    (await db.order.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, stripeCheckoutSessionId: true } })).map(
      (o) => [o.id, o],
    ),
  );
  // Stripe keeps a refunded session "paid"; the audit log knows which ones staff refunded here.
  const refunded = new Set(
    (
      await db.auditLog.findMany({
        where: { action: "reconcile_refund_payment", targetId: { in: paid.map((s) => s.sessionId) } },
        select: { targetId: true },
      })
    ).map((a) => a.targetId),
  );
  return paid.flatMap((s) => {
    if (refunded.has(s.sessionId)) return [];
    const order = s.orderRef ? orders.get(s.orderRef) : undefined;
    const ours = order && order.stripeCheckoutSessionId === s.sessionId;
    if (ours && ["paid", "fulfilled", "refunded"].includes(order.status)) return []; // recorded
    // Our order still waiting: the webhook was lost. Closed (expired, failed) or unknown: refund.
    const fix = ours && order.status === "pending_payment" ? "record_payment" : "refund";
    const { sessionId, paymentIntentId, amountMinor, currency, email, createdAt } = s;
    return [
      {
        sessionId,
        paymentIntent: paymentIntentId,
        amountMinor,
        currency,
        email,
        createdAt,
        orderId: ours ? order.id : null,
        orderStatus: ours ? order.status : null,
        fix,
      },
    ];
  });
}

export type AutoRefundedLine = {
  lineId: string;
  orderId: string;
  email: string;
  bundle: string;
  amountMinor: number;
  currency: string;
  at: Date;
};

// Lines the sweep refunded because no eSIM came in time (lib/fulfilment/undelivered-refunds.ts).
export async function autoRefundedLines(now = Date.now()): Promise<AutoRefundedLine[]> {
  const refunds = await db.refund.findMany({
    where: { reason: AUTO_REFUND_REASON, createdAt: { gte: new Date(now - WINDOW_DAYS * 86_400_000) } },
    include: { order: { select: { email: true, lines: { select: { id: true, bundleName: true } } } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const byLine = new Map<string, AutoRefundedLine>();
  for (const r of refunds) {
    const key = r.orderLineId ?? r.id;
    const known = byLine.get(key);
    if (known) known.amountMinor += r.amountMinor;
    else
      byLine.set(key, {
        lineId: key,
        orderId: r.orderId,
        email: r.order.email,
        bundle: r.order.lines.find((l) => l.id === r.orderLineId)?.bundleName ?? "",
        amountMinor: r.amountMinor,
        currency: r.currency,
        at: r.createdAt,
      });
  }
  return [...byLine.values()];
}
