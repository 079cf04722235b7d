// Checkout: validate the cart, price it from the database (never from the client), ask eSIM Go to
// validate the order, create the order (pending payment) and a Stripe Checkout Session. On any
// refusal nothing is left behind and the buyer reads why.
import { z } from "zod";
import { planName } from "@/lib/catalogue/plan-name";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { EsimGoError, InvalidRequestError, esimgo } from "@/lib/esimgo";
import { orderAccessToken } from "@/lib/orders/access-token";
import { stripe } from "@/lib/payments/stripe";

export const cartSchema = z.object({
  email: z.email("Enter a valid email address: your eSIM is sent there.").max(254).transform((e) => e.toLowerCase()),
  items: z
    .array(
      z.object({
        bundle: z.string().regex(/^[A-Za-z0-9_]{3,100}$/, "Unknown plan"),
        quantity: z.coerce.number().int().min(1, "Choose at least one eSIM").max(10, "At most 10 eSIMs per order"),
        targetIccid: z.string().regex(/^\d{18,22}$/, "Unknown eSIM").optional(),
      }),
    )
    .min(1, "Your cart is empty")
    .max(10, "At most 10 plans per order"),
});
export type Cart = z.input<typeof cartSchema>;

export type CheckoutResult = { ok: true; orderId: string; url: string } | { ok: false; error: string };

export async function startCheckout(input: unknown, actor: { userId: string | null }): Promise<CheckoutResult> {
  const parsed = cartSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  const { email, items } = parsed.data;
  const e = env();

  const bundles = await db.bundle.findMany({ where: { name: { in: items.map((i) => i.bundle) } } });
  const lines = [];
  for (const item of items) {
    const bundle = bundles.find((b) => b.name === item.bundle);
    if (!bundle || !bundle.active || !bundle.enabled || bundle.retailMinor === null || bundle.retailCurrency !== e.STORE_CURRENCY) {
      return { ok: false, error: "This plan is no longer available. Please choose another one." };
    }
    if (item.targetIccid) {
      const owned = actor.userId && (await db.esim.findFirst({ where: { iccid: item.targetIccid, ownerId: actor.userId, state: "active" }, select: { id: true } }));
      if (!owned) return { ok: false, error: "Sign in to top up one of your eSIMs." };
    }
    lines.push({ bundle, quantity: item.targetIccid ? 1 : item.quantity, targetIccid: item.targetIccid ?? null });
  }

  try {
    const check = await esimgo().validateOrder(lines.map((l) => ({ bundle: l.bundle.name, quantity: l.quantity, iccids: l.targetIccid ? [l.targetIccid] : undefined })));
    if (check.valid === false) return { ok: false, error: "This plan cannot be ordered right now. Please choose another one." };
  } catch (error) {
    if (error instanceof InvalidRequestError) return { ok: false, error: `This plan cannot be ordered right now (${error.providerMessage}).` };
    if (error instanceof EsimGoError) return { ok: false, error: "Our eSIM provider is not answering. Nothing was charged; please try again in a minute." };
    throw error;
  }

  const subtotal = lines.reduce((s, l) => s + l.bundle.retailMinor! * l.quantity, 0);
  const order = await db.order.create({
    data: {
      email,
      userId: actor.userId,
      currency: e.STORE_CURRENCY,
      subtotalMinor: subtotal,
      totalMinor: subtotal,
      lines: {
        create: lines.map((l) => ({
          bundleId: l.bundle.id,
          bundleName: l.bundle.name,
          kind: l.targetIccid ? "topup" : "new_esim",
          targetIccid: l.targetIccid,
          quantity: l.quantity,
          unitPriceMinor: l.bundle.retailMinor!,
          wholesaleUnitMinor: l.bundle.wholesaleMinor,
          currency: e.STORE_CURRENCY,
        })),
      },
    },
  });

  try {
    const session = await stripe().checkout.sessions.create(
      {
        mode: "payment",
        customer_email: email,
        client_reference_id: order.id,
        metadata: { orderId: order.id },
        payment_intent_data: { metadata: { orderId: order.id } },
        line_items: lines.map((l) => ({
          quantity: l.quantity,
          price_data: { currency: e.STORE_CURRENCY.toLowerCase(), unit_amount: l.bundle.retailMinor!, product_data: { name: `${planName(l.bundle)} eSIM${l.targetIccid ? " top-up" : ""}` } },
        })),
        success_url: `${e.appUrl}/order/${order.id}?token=${orderAccessToken(order.id)}`,
        cancel_url: `${e.appUrl}/plans/${encodeURIComponent(lines[0].bundle.name)}?cancelled=1`,
        expires_at: Math.floor(Date.now() / 1000) + 3600,
      },
      { idempotencyKey: `checkout-${order.id}` },
    );
    await db.order.update({ where: { id: order.id }, data: { stripeCheckoutSessionId: session.id } });
    if (!session.url) throw new Error("Stripe returned no checkout URL");
    return { ok: true, orderId: order.id, url: session.url };
  } catch (error) {
    await db.order.delete({ where: { id: order.id } }); // nothing was paid: leave nothing behind
    console.error(`[checkout] Stripe session for ${order.id} failed: ${(error as Error).message}`);
    return { ok: false, error: "Payment is unavailable right now. Nothing was charged; please try again in a minute." };
  }
}
