// What the (cached, anonymous) plan page's buy form may show a signed-in customer: their email
// and the store credit they can apply. Private and never cached; anonymous callers get nothing.
import { currentUser } from "@/lib/auth/session";
import { creditBalance } from "@/lib/money/credit-ledger";
import { env } from "@/lib/config/env";
import { formatMoney } from "@/lib/money/minor-units";

export type CheckoutProfile = { signedIn: false } | { signedIn: true; email: string; creditMinor: number; creditLabel: string };

export async function GET(): Promise<Response> {
  const user = await currentUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (!user) return Response.json({ signedIn: false } satisfies CheckoutProfile, { headers });
  const currency = env().STORE_CURRENCY;
  const creditMinor = await creditBalance(user.id, currency);
  return Response.json({ signedIn: true, email: user.email, creditMinor, creditLabel: formatMoney(creditMinor, currency) } satisfies CheckoutProfile, { headers });
}
