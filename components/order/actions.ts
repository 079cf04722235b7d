"use server";
// The gift's buyer resends the recipient's install email, from the order page (its signed link is
// the key, as for the page itself) or from the receipt in My Account (which signs one).
import { z } from "zod";
import { publicAction } from "@/lib/actions/chain";
import { orderId } from "@/lib/actions/fields";
import { verifyOrderAccessToken } from "@/lib/orders/access-token";
import { resendGift } from "@/lib/orders/gift";

export const resendGiftAction = publicAction
  .ids(z.object({ orderId, token: z.string().max(200) }))
  .use(async ({ ids }) => (verifyOrderAccessToken(ids.orderId, ids.token) ? {} : null))
  .run(async ({ ids }) => {
    const result = await resendGift(ids.orderId);
    if (!result) return { ok: false, error: "invalidCart" };
    return result.ok ? { ok: true, message: result.email } : result;
  });
