// The referrals staff see: who referred whom, the order, and what was decided (credit, refusal
// and why, or reversal).
import { db } from "@/lib/db";

export function staffReferrals(filter: { email?: string }) {
  const email = filter.email?.toLowerCase();
  return db.referral.findMany({
    where: email ? { OR: [{ referredEmail: { contains: email } }, { referrer: { email: { contains: email } } }] } : {},
    include: { referrer: { select: { id: true, email: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
