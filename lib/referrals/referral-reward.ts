// Once a referred order is delivered, the referrer gets store credit: a share of what the new
// customer paid, once per new customer (Referral's unique email and order), confirmed at once.
// Nothing for the referrer's own second account: the same email, the same signed-in customer, or a
// card the referrer has paid with. Called right after delivery and again by the fulfilment sweep,
// so a Stripe outage only delays it.
import { asTenant } from "@/lib/tenancy/context";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { Prisma, type Order } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { REFERRAL_PREFIX } from "@/lib/money/credit-kinds";
import { creditReferral } from "@/lib/money/credit-ledger";
import { cardFingerprint } from "@/lib/payments/card-fingerprint";

export type RewardOutcome = "credited" | "refused" | "none";

// In the order's tenant: the referrer's credit is on the storefront both customers belong to.
export async function rewardReferral(orderId: string): Promise<RewardOutcome> {
  const owner = await db.order.findUnique({ where: { id: orderId }, select: { tenantId: true } });
  return owner ? asTenant(owner.tenantId, () => rewardInTenant(orderId)) : "none";
}

async function rewardInTenant(orderId: string): Promise<RewardOutcome> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { referral: { select: { id: true } } } });
  if (!order?.referrerId || order.referral || order.status !== "fulfilled") return "none";
  const referrer = await db.user.findUnique({ where: { id: order.referrerId }, select: { id: true, email: true } });
  if (!referrer) return "none";
  const refusal = await selfReferral(order, referrer);
  const amountMinor = Math.floor(((order.subtotalMinor - order.referralDiscountMinor) * env().REFERRAL_CREDIT_PERCENT) / 100);
  const base = { referrerId: referrer.id, referredEmail: order.email, orderId: order.id, currency: order.currency };
  try {
    return await db.$transaction(async (tx) => {
      if (refusal || amountMinor === 0) {
        await tx.referral.create({ data: { ...base, status: "refused", reason: refusal ?? "no referral credit is configured" } });
        return "refused";
      }
      const entry = await creditReferral(tx, {
        userId: referrer.id,
        currency: order.currency,
        amountMinor,
        reason: `${REFERRAL_PREFIX}${maskEmail(order.email)}`,
      });
      await tx.referral.create({ data: { ...base, status: "credited", amountMinor, creditEntryId: entry.id } });
      return "credited";
    });
  } catch (error) {
    // Another sweep (or an earlier order of the same new customer) decided first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "none";
    throw error;
  }
}

// Delivered referred orders not yet decided (the sweep's backstop).
export async function rewardPendingReferrals(): Promise<number> {
  const due = await db.order.findMany({
    where: { referrerId: { not: null }, status: "fulfilled", referral: null },
    select: { id: true },
    take: 50,
  });
  let decided = 0;
  for (const { id } of due) {
    const outcome = await rewardReferral(id).catch((e: Error) => {
      logger.warn({ scope: "referrals", orderId: id, err: e.message }, "referral not decided yet");
      return "none" as const;
    });
    if (outcome !== "none") decided++;
  }
  return decided;
}

async function selfReferral(order: Order, referrer: { id: string; email: string | null }): Promise<string | null> {
  if (order.email === referrer.email) return "the referrer's own email";
  if (order.userId === referrer.id) return "the referrer's own account";
  const card = await fingerprintOf(order);
  if (!card) return null;
  const theirs = await db.order.findMany({
    where: {
      OR: [{ userId: referrer.id }, ...(referrer.email ? [{ email: referrer.email }] : [])],
      paidAt: { not: null },
      NOT: { id: order.id },
    },
    orderBy: { paidAt: "desc" },
    take: 20,
  });
  for (const own of theirs) if ((await fingerprintOf(own)) === card) return "a card the referrer paid with";
  return null;
}

// Read from Stripe once per order, then kept.
async function fingerprintOf(order: Order): Promise<string | null> {
  if (order.cardFingerprint || !order.stripePaymentIntentId) return order.cardFingerprint;
  const fingerprint = await cardFingerprint(order.stripePaymentIntentId);
  if (fingerprint) await db.order.update({ where: { id: order.id }, data: { cardFingerprint: fingerprint } });
  return fingerprint;
}

// "anna@example.com" → "a•••@example.com": the referrer sees who joined without their full address.
export function maskEmail(email: string): string {
  const [name, domain] = email.split("@");
  return `${name.slice(0, 1)}•••@${domain}`;
}
