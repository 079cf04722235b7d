// The one way money goes back to a customer, to the card (Stripe) or as store credit. Customer
// removals, staff refunds, reconciliation and Stripe's own charge.refunded all come through here.
// Under the order's row lock it works out what is still refundable (paid minus every refund, by
// card and by credit) and refuses or caps; a database trigger enforces the same bound, so no
// future code path can pay back more than was paid. A fully refunded order never gets an eSIM.
import { db } from "@/lib/db";
import type { Prisma, Refund } from "@/lib/generated/prisma/client";
import { errorText, logger } from "@/lib/log/logger";
import { formatMoney } from "@/lib/money/minor-units";
import { refundToCard } from "@/lib/payments/card-refunds";
import { creditRefund } from "./credit-ledger";
import { REFUND_PREFIX } from "./credit-kinds";
import { lockOrder, refundable, settleOrder, type RefundMethod } from "./refund-bound";

type Tx = Prisma.TransactionClient;

export type RefundRequest = {
  orderId: string;
  amountMinor: number | "rest"; // "rest": whatever is still refundable by this method
  method: RefundMethod;
  reason: string;
  staffId: string | null; // null: the customer (a removal) or the store itself
  assignmentId?: string; // a removed bundle: at most one refund each (unique)
  orderLineId?: string | null;
  stopUndelivered?: boolean; // staff refunds stop lines still waiting for an eSIM
};

// connect: the order was a reseller's destination charge (a card refund reverses its transfer and fee).
export type Reservation = { refund: Refund; paymentIntentId: string | null; userId: string | null; connect: boolean };
export type RefundOutcome = { ok: true; refund: Refund; message: string } | { ok: false; error: string };

// Step 1 (under the lock): decide the amount and write the refund row, pending: the amount is
// spoken for from here on, whatever else runs at the same time. payReservation pays it.
export async function reserveRefund(
  request: RefundRequest,
  given?: Tx,
): Promise<{ ok: true; reservation: Reservation } | { ok: false; error: string }> {
  const work = async (tx: Tx) => {
    const order = await lockOrder(tx, request.orderId);
    if (!order) return { ok: false as const, error: "This order does not exist." };
    const room = await refundable(order.id, tx);
    if (!room) return { ok: false as const, error: "This order was never paid, so there is nothing to refund." };
    if (room.left === 0) return { ok: false as const, error: "This order has already been refunded in full." };
    if (request.method === "credit" && !order.userId)
      return { ok: false as const, error: "Credit needs a customer account; this order belongs to a guest. Refund to the card instead." };
    const limit = request.method === "card" ? room.card : room.credit;
    const amountMinor = request.amountMinor === "rest" ? limit : request.amountMinor;
    if (amountMinor <= 0 || amountMinor > limit) {
      const where = request.method === "card" ? "to the card" : "as credit";
      return {
        ok: false as const,
        error:
          limit > 0
            ? `At most ${formatMoney(limit, order.currency)} can still be refunded ${where}.`
            : `Nothing more can be refunded ${where}.`,
      };
    }
    const refund = await tx.refund.create({
      data: {
        orderId: order.id,
        orderLineId: request.orderLineId ?? null,
        assignmentId: request.assignmentId ?? null,
        amountMinor,
        currency: order.currency,
        method: request.method,
        reason: request.reason,
        createdById: request.staffId,
      },
    });
    await settleOrder(tx, order.id, request.stopUndelivered ?? false);
    const reservation = {
      refund,
      paymentIntentId: order.stripePaymentIntentId,
      userId: order.userId,
      connect: order.applicationFeeMinor !== null,
    };
    return { ok: true as const, reservation };
  };
  try {
    return given ? await work(given) : await db.$transaction(work);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, error: "This plan is already being refunded." };
    throw error;
  }
}

// Step 2: credit is written to the ledger with the row marked paid, in one transaction; a card
// refund goes to Stripe (idempotent per refund row). A failure leaves the row "failed" for staff
// to see, and the amount becomes refundable again.
export async function payReservation({ refund, paymentIntentId, userId, connect }: Reservation): Promise<RefundOutcome> {
  if (refund.method === "credit") {
    const done = await db.$transaction(async (tx) => {
      await creditRefund(tx, {
        userId: userId!,
        currency: refund.currency,
        amountMinor: refund.amountMinor,
        reason: `${REFUND_PREFIX}${refund.reason}`,
        orderId: refund.orderId,
        assignmentId: refund.assignmentId,
        staffId: refund.createdById,
      });
      const paid = await tx.refund.update({ where: { id: refund.id }, data: { status: "succeeded" } });
      await settleOrder(tx, refund.orderId, false);
      return paid;
    });
    return { ok: true, refund: done, message: "Refunded as store credit." };
  }
  try {
    const result = await refundToCard({
      paymentIntentId: paymentIntentId!,
      amountMinor: refund.amountMinor,
      reverseConnect: connect,
      metadata: { orderId: refund.orderId, refundId: refund.id },
      idempotencyKey: `refund-${refund.id}`,
    });
    const done = await db.refund.update({ where: { id: refund.id }, data: { status: "succeeded", stripeRefundId: result.id } });
    await db.$transaction((tx) => settleOrder(tx, refund.orderId, false));
    return { ok: true, refund: done, message: "Refunded to the card." };
  } catch (error) {
    await db.refund.update({ where: { id: refund.id }, data: { status: "failed" } });
    logger.error({ scope: "refunds", refundId: refund.id, err: errorText(error) }, "card refund failed");
    return { ok: false, error: `Stripe refused the refund: ${(error as Error).message}` };
  }
}

// A reservation whose reason went away (eSIM Go refused to revoke the plan): nothing was paid.
export async function cancelReservation({ refund }: Reservation): Promise<void> {
  await db.refund.deleteMany({ where: { id: refund.id, status: "pending" } });
}

export async function giveMoneyBack(request: RefundRequest): Promise<RefundOutcome> {
  const reserved = await reserveRefund(request);
  return reserved.ok ? payReservation(reserved.reservation) : reserved;
}

// charge.refunded (inside the webhook's transaction): Stripe refunded `amountRefunded` in all.
// Refunds this store asked for are already recorded (pending before the call); anything more was
// done in Stripe's dashboard and is recorded now, so the bound and the order's state stay true.
export async function recordStripeRefunds(tx: Tx, paymentIntentId: string, amountRefunded: number): Promise<void> {
  const order = await tx.order.findFirst({ where: { stripePaymentIntentId: paymentIntentId }, select: { id: true } });
  if (!order) return;
  await lockOrder(tx, order.id);
  const recorded = await tx.refund.aggregate({
    where: { orderId: order.id, method: "card", status: { in: ["pending", "succeeded"] } },
    _sum: { amountMinor: true },
  });
  const missing = amountRefunded - (recorded._sum.amountMinor ?? 0);
  if (missing <= 0) return;
  const room = await refundable(order.id, tx);
  if (!room) return; // never paid: nothing to record or settle
  const amount = Math.min(missing, room.card);
  if (amount < missing)
    logger.error(
      { scope: "refunds", orderId: order.id, missing, recordable: amount },
      "Stripe refunded more than the store's refundable amount; check the order",
    );
  if (amount > 0) {
    const row = await tx.refund.create({
      data: {
        orderId: order.id,
        amountMinor: amount,
        currency: room.currency,
        method: "card",
        status: "succeeded",
        reason: "Refunded in Stripe",
      },
    });
    logger.info({ scope: "refunds", orderId: order.id, refundId: row.id, amountMinor: amount }, "recorded a refund made in Stripe");
  }
  await settleOrder(tx, order.id, false);
}

// Money taken with no order to deliver (reconciliation): the whole payment goes back, once.
export async function refundPaymentWithoutOrder(paymentIntentId: string, sessionId: string) {
  return refundToCard({
    paymentIntentId,
    idempotencyKey: `orphan-refund-${sessionId}`,
    metadata: { reason: "reconciliation: payment without order", sessionId },
  });
}
