// The one-click fixes offered by reconciliation. Each re-reads the facts from their source
// (database, Stripe) instead of trusting what the page showed, and is audited.
import { db } from "@/lib/db";
import { startFulfilment } from "@/lib/fulfilment/start";
import { formatMoney } from "@/lib/money/minor-units";
import { refundPaymentWithoutOrder } from "@/lib/money/refunds";
import { checkoutSession, recordSessionPayment } from "@/lib/payments/sessions";
import { audit } from "@/lib/audit";
import { retryFulfilment } from "@/lib/orders/staff-order-actions";
import { statusLabel } from "@/lib/status-labels";

type Fix = { ok: boolean; message: string };

export async function retryLine(staffId: string, lineId: string): Promise<Fix> {
  const line = await db.orderLine.findUnique({ where: { id: lineId }, select: { orderId: true, fulfilmentStatus: true } });
  if (!line) return { ok: false, message: "This line no longer exists." };
  if (line.fulfilmentStatus === "esim_failed" || line.fulfilmentStatus === "esim_pending") {
    await retryFulfilment(staffId, line.orderId);
    return { ok: true, message: "Fulfilment restarted." };
  }
  if (line.fulfilmentStatus === "paid" || line.fulfilmentStatus === "provisioning") {
    // A stuck line: the lease decides who works on it, so a second nudge cannot buy twice.
    await startFulfilment([lineId]);
    await audit(staffId, "reconcile_requeue_line", { type: "order", id: line.orderId }, { lineId });
    return { ok: true, message: "Fulfilment queued again." };
  }
  return { ok: false, message: `Nothing to retry: the line is ${line.fulfilmentStatus}.` };
}

// A paid session whose webhook never arrived: record the payment exactly as the webhook would.
export async function recordLostPayment(staffId: string, sessionId: string): Promise<Fix> {
  const { paid, orderRef, lineIds } = await recordSessionPayment(sessionId);
  if (!paid) return { ok: false, message: "Stripe says this session is not paid." };
  if (lineIds.length === 0) return { ok: false, message: "The order was already recorded, or does not match this payment (see the logs)." };
  await audit(staffId, "reconcile_record_payment", { type: "order", id: orderRef ?? "" }, { sessionId });
  await startFulfilment(lineIds);
  return { ok: true, message: "Payment recorded; fulfilment started." };
}

// Money taken with no order to deliver: give it back in full.
export async function refundOrphanPayment(staffId: string, sessionId: string): Promise<Fix> {
  const session = await checkoutSession(sessionId);
  const intent = session.paymentIntentId;
  if (!session.paid || !intent) return { ok: false, message: "Stripe says this session is not paid." };
  const orderId = session.orderRef;
  const order = orderId
    ? await db.order.findUnique({ where: { id: orderId }, select: { status: true, stripeCheckoutSessionId: true } })
    : null;
  if (order && order.stripeCheckoutSessionId === sessionId && ["paid", "fulfilled", "refunded", "pending_payment"].includes(order.status)) {
    return { ok: false, message: `This payment belongs to an order that is ${statusLabel(order.status)}; handle it from the order.` };
  }
  const refund = await refundPaymentWithoutOrder(intent, sessionId);
  await audit(
    staffId,
    "reconcile_refund_payment",
    { type: "payment", id: sessionId },
    { refundId: refund.id, amountMinor: refund.amountMinor },
  );
  return { ok: true, message: `Refunded ${formatMoney(refund.amountMinor, refund.currency)} to the card.` };
}
