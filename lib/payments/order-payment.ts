// Order state changes driven by payment events, as conditional updates inside the webhook's
// (or an off-session charge's) transaction, so a duplicate or out-of-order event changes nothing.
import type Stripe from "stripe";
import { releaseOrderCredit } from "@/lib/money/credit-ledger";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

type Tx = Prisma.TransactionClient;

async function orderFor(tx: Tx, session: Stripe.Checkout.Session) {
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  if (!orderId) return null;
  const order = await tx.order.findUnique({ where: { id: orderId } });
  // The session must be the one this store created for the order.
  if (!order || order.stripeCheckoutSessionId !== session.id) {
    logger.error({ scope: "payments", sessionId: session.id, orderId }, "session does not match a store order");
    return null;
  }
  return order;
}

// Returns the ids of the lines that became payable.
export async function markOrderPaid(tx: Tx, session: Stripe.Checkout.Session): Promise<string[]> {
  const order = await orderFor(tx, session);
  if (!order) return [];
  if (session.amount_total !== order.totalMinor || session.currency?.toUpperCase() !== order.currency) {
    logger.error(
      { scope: "payments", orderId: order.id, paid: session.amount_total, currency: session.currency, expected: order.totalMinor },
      "paid amount differs from the order; not fulfilled",
    );
    return [];
  }
  const intent = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  return settlePaid(tx, order.id, intent, session.customer_details?.address?.country ?? null);
}

// Paid (by Checkout, or off-session for an automatic top-up): the order and its waiting lines,
// once. Returns the ids of the lines that became payable.
export async function settlePaid(
  tx: Tx,
  orderId: string,
  paymentIntentId: string | null,
  billingCountry: string | null,
): Promise<string[]> {
  const { count } = await tx.order.updateMany({
    where: { id: orderId, status: "pending_payment" },
    data: { status: "paid", paidAt: new Date(), stripePaymentIntentId: paymentIntentId, billingCountry },
  });
  if (count === 0) return [];
  await tx.orderLine.updateMany({ where: { orderId, fulfilmentStatus: "pending_payment" }, data: { fulfilmentStatus: "paid" } });
  return (await tx.orderLine.findMany({ where: { orderId, fulfilmentStatus: "paid" }, select: { id: true } })).map((l) => l.id);
}

export async function markOrderUnpaid(tx: Tx, session: Stripe.Checkout.Session, status: "payment_failed" | "expired"): Promise<void> {
  const order = await orderFor(tx, session);
  if (order) await settleUnpaid(tx, order, status);
}

// Not paid: the waiting lines are cancelled and any credit it held goes back.
export async function settleUnpaid(tx: Tx, order: { id: string; creditAppliedMinor: number }, status: "payment_failed" | "expired") {
  const { count } = await tx.order.updateMany({ where: { id: order.id, status: "pending_payment" }, data: { status } });
  if (count === 0) return;
  await tx.orderLine.updateMany({
    where: { orderId: order.id, fulfilmentStatus: "pending_payment" },
    data: { fulfilmentStatus: "cancelled" },
  });
  if (order.creditAppliedMinor > 0) await releaseOrderCredit(tx, order.id);
}
