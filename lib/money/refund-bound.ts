// The bound on giving money back: what an order still has to refund (paid by card plus credit,
// minus every pending or paid refund), read under the order's row lock so it cannot change under
// the caller; and what happens once nothing is left (waiting lines stop, the order is refunded).
// The database trigger refund_within_paid holds the same bound.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
export type RefundMethod = "card" | "credit";
export type Refundable = { paidMinor: number; left: number; card: number; credit: number; currency: string };

// What is left to give back; inside a transaction after lockOrder, it cannot change under you.
export async function refundable(orderId: string, client: Tx = db): Promise<Refundable | null> {
  const order = await client.order.findUnique({
    where: { id: orderId },
    include: { refunds: { where: { status: { in: ["pending", "succeeded"] } } } },
  });
  if (!order?.paidAt) return null;
  const sum = (method: RefundMethod) => order.refunds.filter((r) => r.method === method).reduce((s, r) => s + r.amountMinor, 0);
  const paidMinor = order.totalMinor + order.creditAppliedMinor;
  const left = Math.max(0, paidMinor - sum("card") - sum("credit"));
  const card = order.stripePaymentIntentId ? Math.max(0, Math.min(left, order.totalMinor - sum("card"))) : 0;
  return { paidMinor, left, card, credit: order.userId ? left : 0, currency: order.currency };
}

export async function lockOrder(tx: Tx, orderId: string) {
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  return tx.order.findUnique({ where: { id: orderId } });
}

// Nothing left to refund: lines still waiting stop (no eSIM is bought for a refunded order), and
// once every refund has gone through the order is "refunded".
export async function settleOrder(tx: Tx, orderId: string, stopUndelivered: boolean) {
  const room = await refundable(orderId, tx);
  if (!room) return;
  if (room.left === 0 || stopUndelivered) await stopUndeliveredLines(tx, orderId);
  if (room.left > 0) return;
  const pending = await tx.refund.count({ where: { orderId, status: "pending" } });
  if (pending === 0)
    await tx.order.updateMany({ where: { id: orderId, status: { in: ["paid", "fulfilled"] } }, data: { status: "refunded" } });
}

// A line mid-attempt stops too while it has not yet sent its order to eSIM Go: the attempt loses
// its lease and buys nothing. One already sent is left to finish (the eSIM exists by then).
export async function stopUndeliveredLines(tx: Tx, orderId: string) {
  await tx.orderLine.updateMany({
    where: {
      orderId,
      OR: [
        { fulfilmentStatus: { in: ["pending_payment", "paid", "esim_pending", "esim_failed"] } },
        { fulfilmentStatus: "provisioning", transactionStartedAt: null },
      ],
    },
    data: { fulfilmentStatus: "cancelled", nextAttemptAt: null, claimToken: null },
  });
}
