// Checkout: validate the cart, price it from the database (never from the client), ask eSIM Go to
// validate the order, create the order (pending payment) and a Stripe Checkout Session. Store credit
// can pay part of the order (a Stripe coupon) or all of it (no Stripe at all). On any refusal
// nothing is left behind and the buyer reads why.
import { z } from "zod";
import { planName } from "@/lib/catalogue/plan-name";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { EsimGoError, InvalidRequestError, esimgo } from "@/lib/esimgo";
import { creditBalance, discardUnpaidOrder, lockLedger, spendCredit } from "@/lib/money/credit-ledger";
import { startFulfilment } from "@/lib/fulfilment/start";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderAccessToken } from "@/lib/orders/access-token";
import { MINIMUM_CARD_CHARGE_MINOR, createCheckoutSession } from "@/lib/payments/checkout-session";
import { errorText, logger } from "@/lib/log/logger";

export const cartSchema = z.object({
  email: z
    .email("Enter a valid email address: your eSIM is sent there.")
    .max(254)
    .transform((e) => e.toLowerCase()),
  items: z
    .array(
      z.object({
        bundle: z.string().regex(/^[A-Za-z0-9_]{3,100}$/, "Unknown plan"),
        quantity: z.coerce.number().int().min(1, "Choose at least one eSIM").max(10, "At most 10 eSIMs per order"),
        targetIccid: z
          .string()
          .regex(/^\d{18,22}$/, "Unknown eSIM")
          .optional(),
      }),
    )
    .min(1, "Your cart is empty")
    .max(10, "At most 10 plans per order"),
  useCredit: z.boolean().default(false),
});
export type Cart = z.input<typeof cartSchema>;

// url: Stripe Checkout, or the order page when store credit paid for everything (fulfilment has
// then already started).
// error: a key of the Errors messages (the customer reads it in their language).
export type CheckoutResult = { ok: true; orderId: string; url: string } | { ok: false; error: string };

export async function startCheckout(input: unknown, actor: { userId: string | null }): Promise<CheckoutResult> {
  const parsed = cartSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  const { email, items } = parsed.data;
  const e = env();

  const bundles = await db.bundle.findMany({ where: { name: { in: items.map((i) => i.bundle) } } });
  const lines: Array<{ bundle: (typeof bundles)[number]; quantity: number; targetIccid: string | null }> = [];
  for (const item of items) {
    const bundle = bundles.find((b) => b.name === item.bundle);
    if (!bundle || !bundle.active || !bundle.enabled || bundle.retailMinor === null || bundle.retailCurrency !== e.STORE_CURRENCY) {
      return { ok: false, error: "planUnavailable" };
    }
    if (item.targetIccid) {
      const owned =
        actor.userId &&
        (await db.esim.findFirst({ where: { iccid: item.targetIccid, ownerId: actor.userId, state: "active" }, select: { id: true } }));
      if (!owned) return { ok: false, error: "signInToTopUp" };
    }
    lines.push({ bundle, quantity: item.targetIccid ? 1 : item.quantity, targetIccid: item.targetIccid ?? null });
  }

  try {
    const check = await esimgo().validateOrder(
      lines.map((l) => ({ bundle: l.bundle.name, quantity: l.quantity, iccids: l.targetIccid ? [l.targetIccid] : undefined })),
    );
    if (check.valid === false) return { ok: false, error: "planNotOrderable" };
  } catch (error) {
    if (error instanceof InvalidRequestError) {
      logger.warn({ scope: "checkout", err: error.providerMessage }, "eSIM Go refused to validate the order");
      return { ok: false, error: "planNotOrderable" };
    }
    if (error instanceof EsimGoError) return { ok: false, error: "providerDown" };
    throw error;
  }

  const subtotal = lines.reduce((sum, l) => sum + l.bundle.retailMinor! * l.quantity, 0);
  const useCredit = parsed.data.useCredit && actor.userId !== null;
  const order = await db.$transaction(async (tx) => {
    const credit = useCredit ? await creditToApply(tx, actor.userId!, e.STORE_CURRENCY, subtotal) : 0;
    const paidByCredit = credit === subtotal; // nothing left to pay: no Stripe at all
    const created = await tx.order.create({
      data: {
        email,
        userId: actor.userId,
        currency: e.STORE_CURRENCY,
        subtotalMinor: subtotal,
        creditAppliedMinor: credit,
        totalMinor: subtotal - credit,
        ...(paidByCredit ? { status: "paid" as const, paidAt: new Date() } : {}),
        lines: {
          create: lines.map((l) => ({
            bundleId: l.bundle.id,
            bundleName: l.bundle.name,
            kind: l.targetIccid ? ("topup" as const) : ("new_esim" as const),
            targetIccid: l.targetIccid,
            quantity: l.quantity,
            unitPriceMinor: l.bundle.retailMinor!,
            wholesaleUnitMinor: l.bundle.wholesaleMinor,
            currency: e.STORE_CURRENCY,
            fulfilmentStatus: paidByCredit ? ("paid" as const) : ("pending_payment" as const),
          })),
        },
      },
      include: { lines: { select: { id: true } } },
    });
    if (credit > 0) await spendCredit(tx, { userId: actor.userId!, currency: e.STORE_CURRENCY, amountMinor: credit, orderId: created.id });
    return created;
  });
  const orderPath = `/order/${order.id}?token=${orderAccessToken(order.id)}`;
  if (order.totalMinor === 0) {
    await startFulfilment(order.lines.map((l) => l.id));
    return { ok: true, orderId: order.id, url: orderPath };
  }

  try {
    const session = await createCheckoutSession({
      id: order.id,
      email,
      currency: e.STORE_CURRENCY,
      creditAppliedMinor: order.creditAppliedMinor,
      lines: lines.map((l) => ({
        name: `${planName(l.bundle)} eSIM${l.targetIccid ? " top-up" : ""}`,
        unitMinor: l.bundle.retailMinor!,
        quantity: l.quantity,
      })),
      successUrl: `${e.appUrl}${orderPath}`,
      cancelUrl: `${e.appUrl}/plans/${encodeURIComponent(lines[0].bundle.name)}?cancelled=1`,
    });
    await db.order.update({ where: { id: order.id }, data: { stripeCheckoutSessionId: session.id } });
    return { ok: true, orderId: order.id, url: session.url };
  } catch (error) {
    // Nothing was paid: leave nothing behind. The credit it held goes with it (the spend never
    // took effect for anyone, like a rolled-back transaction).
    await discardUnpaidOrder(order.id);
    logger.error({ scope: "checkout", orderId: order.id, err: errorText(error) }, "Stripe session failed");
    return { ok: false, error: "paymentDown" };
  }
}

// How much of the customer's credit pays for this order (under the ledger lock, so concurrent
// checkouts cannot spend it twice): all of it if it covers the order, otherwise as much as leaves
// the card a charge Stripe accepts.
async function creditToApply(tx: Prisma.TransactionClient, userId: string, currency: string, subtotal: number): Promise<number> {
  await lockLedger(tx, userId);
  const balance = await creditBalance(userId, currency, tx);
  if (balance >= subtotal) return subtotal;
  return Math.max(0, Math.min(balance, subtotal - MINIMUM_CARD_CHARGE_MINOR));
}
