// Stores what an eSIM Go order delivered, marks the line fulfilled (only while this attempt holds
// the lease), and once every line of the order is fulfilled, queues the activation email and
// rewards the referrer of a referred order.
import { db } from "@/lib/db";
import type { EsimGoClient } from "@/lib/esimgo";
import { sendActivationEmail } from "./activation-email";
import { fetchDelivery, ownerFor, storeDelivery } from "./delivery";
import type { Lease } from "./lease";
import { errorText, logger } from "@/lib/log/logger";
import { rewardReferral } from "@/lib/referrals/referral-reward";

export async function recordFulfilment(client: EsimGoClient, lease: Lease, reference: string): Promise<boolean> {
  const line = lease.line;
  const delivery = await fetchDelivery(client, line, reference);
  const order = await db.order.findUniqueOrThrow({
    where: { id: line.orderId },
    select: { id: true, email: true, userId: true, giftRecipientEmail: true },
  });
  const ownerId = await ownerFor(order);
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.orderLine.updateMany({
      where: { id: line.id, claimToken: lease.token, fulfilmentStatus: "provisioning" },
      data: { fulfilmentStatus: "fulfilled", fulfilledAt: new Date(), lastError: null, nextAttemptAt: null, claimToken: null },
    });
    if (count === 0) return false; // another attempt took over; it records the same data
    await storeDelivery(tx, line, order, ownerId, reference, delivery);
    const open = await tx.orderLine.count({ where: { orderId: line.orderId, fulfilmentStatus: { not: "fulfilled" } } });
    if (open === 0) await tx.order.updateMany({ where: { id: line.orderId, status: "paid" }, data: { status: "fulfilled" } });
    return true;
  });
  if (done) {
    await sendActivationEmail(line.orderId).catch((e) =>
      logger.error({ scope: "fulfilment", orderId: line.orderId, err: errorText(e) }, "activation email not queued"),
    );
    // A referred order's referrer: credited now, or by the sweep if this fails.
    await rewardReferral(line.orderId).catch((e) =>
      logger.warn({ scope: "referrals", orderId: line.orderId, err: errorText(e) }, "referral not decided yet"),
    );
  }
  return done;
}
