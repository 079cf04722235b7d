// A paid line that still has no eSIM UNDELIVERED_REFUND_MINUTES after payment (default 70) is
// refunded automatically, exactly once. In one transaction, under the order's lock, the line is
// taken out of fulfilment (a conditional update: a concurrent sweep, or a worker claiming the line
// for an attempt, finds it no longer waiting) and its refund is reserved through the money module;
// then the refund is paid (card first, the rest as credit, as the order was paid) and the customer
// is told in their language. Lines eSIM Go already has an order for are never refunded here.
import { asTenant } from "@/lib/tenancy/context";
import { planName } from "@/lib/catalogue/plan-name";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { undeliveredRefundEmail } from "@/lib/email/templates/undelivered-refund";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { logger } from "@/lib/log/logger";
import { lockOrder, refundable, type RefundMethod } from "@/lib/money/refund-bound";
import { payReservation, reserveRefund, type Reservation } from "@/lib/money/refunds";

export const AUTO_REFUND_REASON = "Refunded automatically: the eSIM was not delivered in time";
const WAITING = ["paid", "esim_pending", "esim_failed"] as const;

export async function refundUndeliveredLines(now = new Date()): Promise<number> {
  const minutes = env().UNDELIVERED_REFUND_MINUTES;
  const lines = await db.orderLine.findMany({
    where: {
      fulfilmentStatus: { in: [...WAITING] },
      esimgoOrderReference: null,
      order: { status: "paid", paidAt: { lte: new Date(now.getTime() - minutes * 60_000) } },
    },
    select: { id: true, order: { select: { tenantId: true } } },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  let refunded = 0;
  // Each in its order's tenant: a refund as credit, and the email, are that storefront's.
  for (const { id, order } of lines) if (await asTenant(order.tenantId, () => refundLine(id, minutes))) refunded++;
  return refunded;
}

async function refundLine(lineId: string, minutes: number): Promise<boolean> {
  const taken = await db.$transaction(async (tx) => {
    const line = await tx.orderLine.findUnique({ where: { id: lineId }, select: { orderId: true, unitPriceMinor: true, quantity: true } });
    if (!line) return null;
    await lockOrder(tx, line.orderId);
    const stopped = await tx.orderLine.updateMany({
      where: { id: lineId, fulfilmentStatus: { in: [...WAITING] }, esimgoOrderReference: null },
      data: {
        fulfilmentStatus: "cancelled",
        nextAttemptAt: null,
        claimToken: null,
        lastError: `${AUTO_REFUND_REASON} (${minutes} minutes)`,
      },
    });
    if (stopped.count === 0) return null; // another sweep, a worker or staff got there first
    const room = await refundable(line.orderId, tx);
    const amount = Math.min(line.unitPriceMinor * line.quantity, room?.left ?? 0);
    const byCard = Math.min(amount, room?.card ?? 0);
    const parts: Array<[RefundMethod, number]> = [
      ["card", byCard],
      ["credit", Math.min(amount - byCard, room?.credit ?? 0)],
    ];
    const reservations: Reservation[] = [];
    for (const [method, amountMinor] of parts) {
      if (amountMinor <= 0) continue;
      const reserved = await reserveRefund(
        { orderId: line.orderId, orderLineId: lineId, amountMinor, method, reason: AUTO_REFUND_REASON, staffId: null },
        tx,
      );
      if (!reserved.ok) throw new Error(reserved.error); // the bound moved under the lock: nothing is written
      reservations.push(reserved.reservation);
    }
    return { orderId: line.orderId, reservations };
  });
  if (!taken) return false;
  const outcomes = [];
  for (const reservation of taken.reservations) outcomes.push({ reservation, outcome: await payReservation(reservation) });
  const paid = outcomes.filter((o) => o.outcome.ok);
  logger.info(
    { scope: "fulfilment", lineId, orderId: taken.orderId, refunds: outcomes.map((o) => `${o.reservation.refund.method}:${o.outcome.ok}`) },
    `line ${lineId}: no eSIM after ${minutes} minutes, refunded automatically`,
  );
  if (paid.length > 0)
    await tellCustomer(
      lineId,
      minutes,
      paid.map((o) => o.reservation.refund),
    );
  return true;
}

async function tellCustomer(lineId: string, minutes: number, refunds: Array<{ amountMinor: number; method: RefundMethod }>) {
  const line = await db.orderLine.findUniqueOrThrow({ where: { id: lineId }, include: { bundle: true, order: true } });
  const locale = isLocale(line.order.locale) ? line.order.locale : DEFAULT_LOCALE;
  await queueEmail(
    await undeliveredRefundEmail({
      lineId,
      to: line.order.email,
      locale,
      plan: planName(line.bundle, locale, await planWords(locale)),
      minutes,
      amount: [refunds.reduce((sum, r) => sum + r.amountMinor, 0), line.order.currency],
      method: refunds.some((r) => r.method === "card") ? "card" : "credit",
    }),
  );
}
