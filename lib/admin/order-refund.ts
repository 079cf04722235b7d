// A staff refund of (part of) an order, to the card through Stripe or as store credit. The amount
// can never exceed what is left to refund; a Refund row is written first, so a double submit or a
// failed Stripe call leaves a visible record. Failed lines stop retrying once refunded.
import { db } from "@/lib/db";
import { formatMoney, toMinor } from "@/lib/money/minor-units";
import { stripe } from "@/lib/payments/stripe";
import { audit } from "./audit";

export type StaffRefund = { amount: number; method: "card" | "credit"; reason: string }; // amount in major units (4.99)

export async function refundableMinor(orderId: string) {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { refunds: { where: { status: { in: ["pending", "succeeded"] } } } } });
  const refunded = (method: "card" | "credit") => order.refunds.filter((r) => r.method === method).reduce((s, r) => s + r.amountMinor, 0);
  const total = order.totalMinor + order.creditAppliedMinor;
  const left = total - refunded("card") - refunded("credit");
  return { order, left, card: order.stripePaymentIntentId ? Math.min(left, order.totalMinor - refunded("card")) : 0, credit: order.userId ? left : 0 };
}

export async function refundOrder(staffId: string, orderId: string, input: StaffRefund): Promise<{ ok: boolean; message: string }> {
  const { order, card, credit } = await refundableMinor(orderId);
  if (!order.paidAt) return { ok: false, message: "This order was never paid." };
  const amountMinor = toMinor(input.amount, order.currency);
  const limit = input.method === "card" ? card : credit;
  if (input.method === "credit" && !order.userId) return { ok: false, message: "Credit needs a customer account; this order belongs to a guest. Refund to the card instead." };
  if (amountMinor > limit) return { ok: false, message: `At most ${formatMoney(limit, order.currency)} can be refunded ${input.method === "card" ? "to the card" : "as credit"}.` };
  const refund = await db.refund.create({ data: { orderId, amountMinor: amountMinor, currency: order.currency, method: input.method, reason: input.reason, createdById: staffId } });
  await audit(staffId, "refund", { type: "order", id: orderId }, { refundId: refund.id, amountMinor: amountMinor, method: input.method, reason: input.reason });
  if (input.method === "credit") {
    await db.$transaction([
      db.creditEntry.create({ data: { userId: order.userId!, amountMinor: amountMinor, currency: order.currency, status: "confirmed", confirmedAt: new Date(), confirmedById: staffId, createdById: staffId, reason: `Refund: ${input.reason}`, orderId } }),
      db.refund.update({ where: { id: refund.id }, data: { status: "succeeded" } }),
    ]);
  } else {
    try {
      const result = await stripe().refunds.create({ payment_intent: order.stripePaymentIntentId!, amount: amountMinor, metadata: { orderId, refundId: refund.id } }, { idempotencyKey: `refund-${refund.id}` });
      await db.refund.update({ where: { id: refund.id }, data: { status: "succeeded", stripeRefundId: result.id } });
    } catch (error) {
      await db.refund.update({ where: { id: refund.id }, data: { status: "failed" } });
      return { ok: false, message: `Stripe refused the refund: ${(error as Error).message}` };
    }
  }
  await db.orderLine.updateMany({ where: { orderId, fulfilmentStatus: { in: ["esim_failed", "esim_pending"] } }, data: { fulfilmentStatus: "cancelled", nextAttemptAt: null } });
  return { ok: true, message: input.method === "card" ? "Refunded to the card." : "Refunded as store credit." };
}
