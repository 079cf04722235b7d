"use server";
// Server action behind the plan page's buy form: starts Stripe Checkout or says why it cannot.
import { redirect } from "next/navigation";
import { startCheckout } from "@/lib/checkout/start-checkout";

export type CheckoutState = { error: string | null; email: string };

export async function checkoutAction(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const email = String(form.get("email") ?? "");
  // Guest checkout: the order belongs to this email (accounts link it later by verified email).
  const result = await startCheckout({ email, items: [{ bundle: form.get("bundle"), quantity: form.get("quantity") ?? 1 }] }, { userId: null });
  if (!result.ok) return { error: result.error, email };
  redirect(result.url);
}
