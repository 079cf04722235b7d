// At checkout: does this buyer get the new customer's referral discount? Only on a first order
// (no paid order under this email or account before, never referred before), never through their
// own link, never on a top-up; the discount always leaves the card a charge Stripe accepts.
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MINIMUM_CARD_CHARGE_MINOR } from "@/lib/payments/checkout-session";
import { REFERRAL_CODE } from "./referral-code";

type Buyer = { email: string; userId: string | null; code: string | undefined; topUp: boolean };
export type ReferralDiscount = { referrerId: string; discountMinor: number } | null;

// The customer behind a referral link, when referral discounts are on and it is not the buyer's
// own link (by account; checkout also compares emails).
export async function referrerFor(code: string | undefined, buyerId: string | null, client: Prisma.TransactionClient = db) {
  if (!code || !REFERRAL_CODE.test(code) || env().REFERRAL_DISCOUNT_PERCENT === 0) return null;
  const referrer = await client.user.findUnique({ where: { referralCode: code }, select: { id: true, email: true } });
  return referrer && referrer.id !== buyerId ? referrer : null;
}

export async function referralDiscount(tx: Prisma.TransactionClient, buyer: Buyer, subtotalMinor: number): Promise<ReferralDiscount> {
  if (buyer.topUp) return null;
  const referrer = await referrerFor(buyer.code, buyer.userId, tx);
  if (!referrer || referrer.email === buyer.email) return null;
  const customerBefore = await tx.order.count({
    where: {
      OR: [{ email: buyer.email }, ...(buyer.userId ? [{ userId: buyer.userId }] : [])],
      paidAt: { not: null },
    },
  });
  if (customerBefore > 0 || (await tx.referral.count({ where: { referredEmail: buyer.email } })) > 0) return null;
  const discountMinor = Math.min(
    Math.floor((subtotalMinor * env().REFERRAL_DISCOUNT_PERCENT) / 100),
    subtotalMinor - MINIMUM_CARD_CHARGE_MINOR,
  );
  return discountMinor > 0 ? { referrerId: referrer.id, discountMinor } : null;
}
