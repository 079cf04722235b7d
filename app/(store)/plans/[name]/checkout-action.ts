"use server";
// Server action behind the plan page's buy form: starts Stripe Checkout or says why it cannot.
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { checkoutLimitError } from "@/lib/checkout/checkout-limit";
import { cartSchema, startCheckout } from "@/lib/checkout/start-checkout";
import { fulfilSoon } from "@/lib/fulfilment/start";
import { assertForm } from "@/lib/http/form-input";

export type CheckoutState = { error: string | null; email: string };

export async function checkoutAction(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  assertForm(form);
  const email = String(form.get("email") ?? "");
  const cart = cartSchema.safeParse({ email, items: [{ bundle: form.get("bundle"), quantity: form.get("quantity") ?? 1 }], useCredit: form.get("useCredit") === "on" });
  if (!cart.success) return { error: cart.error.issues[0].message, email }; // before the rate limit: typos do not count
  const limited = await checkoutLimitError(cart.data.email);
  if (limited) return { error: limited, email };
  // A signed-in customer's order is theirs; a guest's belongs to the email until they sign in with it.
  const user = await currentUser();
  const result = await startCheckout(cart.data, { userId: user?.id ?? null });
  if (!result.ok) return { error: result.error, email };
  fulfilSoon(result.paidLineIds); // paid in full with store credit
  redirect(result.url);
}
