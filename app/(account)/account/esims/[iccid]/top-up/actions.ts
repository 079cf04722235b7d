"use server";
// Buys a top-up for one of the customer's own eSIMs through the normal checkout.
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { checkoutLimitError } from "@/lib/checkout/checkout-limit";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { fulfilSoon } from "@/lib/fulfilment/start";
import { assertForm } from "@/lib/http/form-input";

export type TopUpState = { error: string | null };

export async function topUpAction(_previous: TopUpState, form: FormData): Promise<TopUpState> {
  assertForm(form);
  const user = await currentUser();
  if (!user) return { error: "Please sign in again to top up." };
  const limited = await checkoutLimitError(user.email);
  if (limited) return { error: limited };
  const items = [{ bundle: form.get("bundle"), quantity: 1, targetIccid: form.get("iccid") }];
  const result = await startCheckout({ email: user.email, items, useCredit: form.get("useCredit") === "on" }, { userId: user.id });
  if (!result.ok) return { error: result.error };
  fulfilSoon(result.paidLineIds); // paid in full with store credit
  redirect(result.url);
}
