"use server";
// Server action behind the plan page's buy form: starts Stripe Checkout or says why it cannot.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/chain";
import { bundleName, checkbox, currency, email, locale } from "@/lib/actions/fields";
import { checkoutLimitError } from "@/lib/checkout/checkout-limit";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { REFERRAL_COOKIE } from "@/lib/referrals/referral-code";

const checkoutFields = z.object({
  email,
  bundle: bundleName,
  quantity: z.coerce.number().int().min(1, "quantityMin").max(10, "quantityMax").default(1),
  useCredit: checkbox,
  isGift: checkbox,
  giftEmail: z.string().optional(),
  giftName: z.string().optional(),
  giftMessage: z.string().optional(),
  locale,
  currency,
});

// Typos come back before the rate limit: they do not count as attempts.
export const checkoutAction = publicAction.input(checkoutFields).run(async ({ user, input }) => {
  const limited = await checkoutLimitError(input.email);
  if (limited) return { ok: false, ...limited, values: giftValues(input) };
  // A signed-in customer's order is theirs; a guest's belongs to the email until they sign in with it.
  const result = await startCheckout(
    {
      email: input.email,
      items: [{ bundle: input.bundle, quantity: input.quantity }],
      useCredit: input.useCredit,
      // The cart schema checks the recipient's fields (and says which one is wrong).
      gift: input.isGift ? { email: input.giftEmail ?? "", name: input.giftName ?? "", message: input.giftMessage } : undefined,
      locale: input.locale,
      currency: input.currency,
    },
    { userId: user?.id ?? null },
    (await cookies()).get(REFERRAL_COOKIE)?.value, // checked against the database like any input
  );
  if (!result.ok) return { ok: false, error: result.error, params: result.params, values: giftValues(input) };
  redirect(result.url);
});

// What the buyer typed comes back with an error, so nothing has to be typed twice.
function giftValues(input: z.output<typeof checkoutFields>): Record<string, string> {
  return {
    email: input.email,
    ...(input.isGift
      ? { isGift: "on", giftEmail: input.giftEmail ?? "", giftName: input.giftName ?? "", giftMessage: input.giftMessage ?? "" }
      : {}),
  };
}
