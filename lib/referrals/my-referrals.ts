// What My Account shows a referrer: their link, the terms, and each new customer who came
// through it (masked), with the credit it earned.
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { maskEmail } from "./referral-reward";
import { referralCodeFor, referralUrl } from "./referral-code";

export async function myReferrals(userId: string) {
  const [code, referrals] = await Promise.all([
    referralCodeFor(userId),
    db.referral.findMany({ where: { referrerId: userId }, orderBy: { createdAt: "desc" }, take: 100 }),
  ]);
  return {
    url: await referralUrl(code),
    discountPercent: env().REFERRAL_DISCOUNT_PERCENT,
    creditPercent: env().REFERRAL_CREDIT_PERCENT,
    referrals: referrals.map((r) => ({
      id: r.id,
      who: maskEmail(r.referredEmail),
      status: r.status,
      amountMinor: r.amountMinor,
      currency: r.currency,
      createdAt: r.createdAt,
    })),
  };
}
