// At checkout: does this buyer get the new customer's referral discount? Only on a first order
// (no paid order under this email or account before, never referred before), never through their
// own link, never on a top-up; the discount always leaves the card a charge Stripe accepts.
import { env } from "@/lib/config/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MINIMUM_CARD_CHARGE_MINOR } from "@/lib/payments/checkout-session";
import { REFERRAL_CODE } from "./referral-code";

type Buyer = { email: string; userId: string | null; code: string | undefined; topUp: boolean };
export type ReferralDiscount = { referrerId: string; discountMinor: number } | null;

export async function referralDiscount(tx: Prisma.TransactionClient, buyer: Buyer, subtotalMinor: number): Promise<ReferralDiscount> {
  const percent = env().REFERRAL_DISCOUNT_PERCENT;
  if (!buyer.code || !REFERRAL_CODE.test(buyer.code) || buyer.topUp || percent === 0) return null;
  const referrer = await tx.user.findUnique({ where: { referralCode: buyer.code }, select: { id: true, email: true } });
  if (!referrer || referrer.id === buyer.userId || referrer.email === buyer.email) return null;
  const customerBefore = await tx.order.count({
    where: {
      OR: [{ email: buyer.email }, ...(buyer.userId ? [{ userId: buyer.userId }] : [])],
      paidAt: { not: null },
    },
  });
  if (customerBefore > 0 || (await tx.referral.count({ where: { referredEmail: buyer.email } })) > 0) return null;
  const discountMinor = Math.min(Math.floor((subtotalMinor * percent) / 100), subtotalMinor - MINIMUM_CARD_CHARGE_MINOR);
  return discountMinor > 0 ? { referrerId: referrer.id, discountMinor } : null;
}
