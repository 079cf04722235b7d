"use server";
// Server action behind the plan page's buy form: starts Stripe Checkout or says why it cannot.
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { checkoutLimitError } from "@/lib/checkout/checkout-limit";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { fulfilSoon } from "@/lib/fulfilment/start";

export type CheckoutState = { error: string | null; email: string };

export async function checkoutAction(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const email = String(form.get("email") ?? "");
  const limited = await checkoutLimitError(email);
  if (limited) return { error: limited, email };
  // A signed-in customer's order is theirs; a guest's belongs to the email until they sign in with it.
  const user = await currentUser();
  const items = [{ bundle: form.get("bundle"), quantity: form.get("quantity") ?? 1 }];
  const result = await startCheckout({ email, items, useCredit: form.get("useCredit") === "on" }, { userId: user?.id ?? null });
  if (!result.ok) return { error: result.error, email };
  fulfilSoon(result.paidLineIds); // paid in full with store credit
  redirect(result.url);
}
