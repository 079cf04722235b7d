// What the (cached, anonymous) plan page's buy form may show a signed-in customer: their email
// and the store credit they can apply. Read per request, never cached.
import { env } from "@/lib/config/env";
import { referrerFor } from "@/lib/referrals/referral-discount";
import { isCurrency } from "@/lib/i18n/locales";
import { creditBalance } from "@/lib/money/credit-ledger";
import { formatMoney } from "@/lib/money/minor-units";

// referralPercent: the buyer came through someone else's referral link (checkout decides whether
// this order is a first one).
export type CheckoutProfile = ({ signedIn: false } | { signedIn: true; email: string; creditMinor: number; creditLabel: string }) & {
  referralPercent: number | null;
};

// currency: the one the buyer is shopping in (credit is held per currency).
export async function checkoutProfile(
  user: { id: string; email: string } | null,
  requested: string | null,
  referralCode: string | undefined,
): Promise<CheckoutProfile> {
  const referralPercent = await referralOffer(user, referralCode);
  if (!user) return { signedIn: false, referralPercent };
  const currency = isCurrency(requested) ? requested.toUpperCase() : env().STORE_CURRENCY;
  const creditMinor = await creditBalance(user.id, currency);
  return { signedIn: true, email: user.email, creditMinor, creditLabel: formatMoney(creditMinor, currency), referralPercent };
}

async function referralOffer(user: { id: string } | null, code: string | undefined): Promise<number | null> {
  return (await referrerFor(code, user?.id ?? null)) ? env().REFERRAL_DISCOUNT_PERCENT : null;
}
