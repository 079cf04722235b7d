"use server";
// Buys a top-up for one of the customer's own eSIMs through the normal checkout.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getOwnedEsim } from "@/lib/esims/owned-esims";
import { customerAction } from "@/lib/actions/chain";
import { bundleName, checkbox, currency, iccid, locale } from "@/lib/actions/fields";
import { checkoutLimitError } from "@/lib/checkout/checkout-limit";
import { startCheckout } from "@/lib/checkout/start-checkout";

export const topUpAction = customerAction
  .ids(z.object({ iccid, bundle: bundleName, useCredit: checkbox, locale, currency }))
  .use(async ({ user, ids }) => ((await getOwnedEsim(user.id, ids.iccid)) ? {} : null)) // someone else's eSIM: 404
  .run(async ({ user, ids }) => {
    const limited = await checkoutLimitError(user.email);
    if (limited) return { ok: false, ...limited };
    const result = await startCheckout(
      {
        email: user.email,
        items: [{ bundle: ids.bundle, quantity: 1, targetIccid: ids.iccid }],
        useCredit: ids.useCredit,
        locale: ids.locale,
        currency: ids.currency,
      },
      { userId: user.id },
    );
    if (!result.ok) return { ok: false, error: result.error, params: result.params };
    redirect(result.url);
  });
