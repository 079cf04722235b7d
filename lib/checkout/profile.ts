// What the (cached, anonymous) plan page's buy form may show a signed-in customer: their email
// and the store credit they can apply. Read per request, never cached.
import { env } from "@/lib/config/env";
import { isCurrency } from "@/lib/i18n/locales";
import { creditBalance } from "@/lib/money/credit-ledger";
import { formatMoney } from "@/lib/money/minor-units";

export type CheckoutProfile = { signedIn: false } | { signedIn: true; email: string; creditMinor: number; creditLabel: string };

// currency: the one the buyer is shopping in (credit is held per currency).
export async function checkoutProfile(user: { id: string; email: string } | null, requested: string | null): Promise<CheckoutProfile> {
  if (!user) return { signedIn: false };
  const currency = isCurrency(requested) ? requested.toUpperCase() : env().STORE_CURRENCY;
  const creditMinor = await creditBalance(user.id, currency);
  return { signedIn: true, email: user.email, creditMinor, creditLabel: formatMoney(creditMinor, currency) };
}
