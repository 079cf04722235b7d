// What the (cached, anonymous) plan page's buy form may show a signed-in customer: their email
// and the store credit they can apply. Read per request, never cached.
import { env } from "@/lib/config/env";
import { creditBalance } from "@/lib/money/credit-ledger";
import { formatMoney } from "@/lib/money/minor-units";

export type CheckoutProfile = { signedIn: false } | { signedIn: true; email: string; creditMinor: number; creditLabel: string };

export async function checkoutProfile(user: { id: string; email: string } | null): Promise<CheckoutProfile> {
  if (!user) return { signedIn: false };
  const currency = env().STORE_CURRENCY;
  const creditMinor = await creditBalance(user.id, currency);
  return { signedIn: true, email: user.email, creditMinor, creditLabel: formatMoney(creditMinor, currency) };
}
