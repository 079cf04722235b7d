// Checkout: validate the cart, price it from the database (never from the client), ask eSIM Go to
// validate the order, create the order (pending payment) and a Stripe Checkout Session. Store credit
// can pay part of the order (a Stripe coupon) or all of it (no Stripe at all). On any refusal
// nothing is left behind and the buyer reads why (a key of the Errors messages). The order is in
// the shopper's currency (prices from BundlePrice) and language (its pages and emails).
import { z } from "zod";
import { planName } from "@/lib/catalogue/plan-name";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { EsimGoError, InvalidRequestError, esimgo } from "@/lib/esimgo";
import { creditBalance, discardUnpaidOrder, lockLedger, spendCredit } from "@/lib/money/credit-ledger";
import { startFulfilment } from "@/lib/fulfilment/start";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CURRENCIES, DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { planWords, translator } from "@/lib/i18n/translator";
import { orderPath as localOrderPath } from "@/lib/orders/access-token";
import { MINIMUM_CARD_CHARGE_MINOR, createCheckoutSession } from "@/lib/payments/checkout-session";
import { errorText, logger } from "@/lib/log/logger";
import { referralDiscount } from "@/lib/referrals/referral-discount";
import { requestTenantId } from "@/lib/tenancy/context";
import { currentOrigin } from "@/lib/tenancy/tenants";
import { withinDailyCostCap } from "@/lib/tenancy/daily-cap";
import { salesAccount } from "@/lib/tenancy/resellers";

export const cartSchema = z.object({
  email: z
    .email("invalidEmail")
    .max(254)
    .transform((e) => e.toLowerCase()),
  items: z
    .array(
      z.object({
        bundle: z.string().regex(/^[A-Za-z0-9_]{3,100}$/, "unknownPlan"),
        quantity: z.coerce.number().int().min(1, "quantityMin").max(10, "quantityMax"),
        targetIccid: z
          .string()
          .regex(/^\d{18,22}$/, "unknownPlan")
          .optional(),
      }),
    )
    .min(1, "unknownPlan")
    .max(10, "quantityMax"),
  useCredit: z.boolean().default(false),
  // Sent to someone else: the eSIMs become theirs; the buyer keeps the order and the receipt.
  gift: z
    .object({
      email: z
        .email("invalidGiftEmail")
        .max(254)
        .transform((e) => e.toLowerCase()),
      name: z.string().trim().min(1, "giftNameMissing").max(80, "giftNameMissing"),
      message: z.string().trim().max(300, "giftMessageLong").optional(),
    })
    .optional(),
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  currency: z.enum(CURRENCIES).optional(), // the store's own currency when not given
});
export type Cart = z.input<typeof cartSchema>;
const CART_ERRORS = new Set([
  "invalidEmail",
  "unknownPlan",
  "quantityMin",
  "quantityMax",
  "invalidGiftEmail",
  "giftNameMissing",
  "giftMessageLong",
]);
const cartErrorKey = (message: string) => (CART_ERRORS.has(message) ? message : "invalidCart");

// url: Stripe Checkout, or the order page when store credit paid for everything (fulfilment has
// then already started).
// error: a key of the Errors messages (the customer reads it in their language).
export type CheckoutResult = { ok: true; orderId: string; url: string } | { ok: false; error: string; params?: Record<string, string> };

// referralCode: from the referral link the buyer came through (a cookie), if any.
export async function startCheckout(input: unknown, actor: { userId: string | null }, referralCode?: string): Promise<CheckoutResult> {
  const parsed = cartSchema.safeParse(input);
  // Our own refusals name an Errors key; anything else (a tampered form) gets the general one.
  if (!parsed.success) return { ok: false, error: cartErrorKey(parsed.error.issues[0].message) };
  const { email, items, locale, gift } = parsed.data;
  // A suspended reseller sells nothing, from the moment it is suspended.
  const tenantId = await requestTenantId();
  const account = await salesAccount(tenantId);
  if (!account) return { ok: false, error: "storeNotSelling" };
  if (gift && gift.email === email) return { ok: false, error: "giftToSelf" };
  if (gift && items.some((i) => i.targetIccid)) return { ok: false, error: "invalidCart" }; // top-ups stay on the buyer's own eSIM
  const e = env();
  const currency = parsed.data.currency ?? e.STORE_CURRENCY;

  const bundles = await db.bundle.findMany({
    where: { name: { in: items.map((i) => i.bundle) } },
    include: { prices: { where: { tenantId, currency }, select: { retailMinor: true, costMinor: true } } }, // this storefront's price list
  });
  type Line = {
    bundle: (typeof bundles)[number];
    unitMinor: number;
    unitCostMinor: number | null;
    quantity: number;
    targetIccid: string | null;
  };
  const lines: Line[] = [];
  for (const item of items) {
    const bundle = bundles.find((b) => b.name === item.bundle);
    if (!bundle || !bundle.active || !bundle.enabled || bundle.retailMinor === null) return { ok: false, error: "planUnavailable" };
    const [price] = bundle.prices;
    if (!price) return { ok: false, error: "currencyUnavailable", params: { currency } };
    if (item.targetIccid) {
      const owned =
        actor.userId &&
        (await db.esim.findFirst({ where: { iccid: item.targetIccid, ownerId: actor.userId, state: "active" }, select: { id: true } }));
      if (!owned) return { ok: false, error: "signInToTopUp" };
    }
    lines.push({
      bundle,
      unitMinor: price.retailMinor,
      unitCostMinor: price.costMinor,
      quantity: item.targetIccid ? 1 : item.quantity,
      targetIccid: item.targetIccid ?? null,
    });
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

  const subtotal = lines.reduce((sum, l) => sum + l.unitMinor * l.quantity, 0);
  const useCredit = parsed.data.useCredit && actor.userId !== null;
  const cost = lines.reduce((sum, l) => sum + l.bundle.wholesaleMinor * l.quantity, 0);
  // A reseller's sale pays the operator the reseller's cost, out of what the card pays.
  const resellerCost = account.destination ? lines.reduce((sum, l) => sum + (l.unitCostMinor ?? 0) * l.quantity, 0) : null;
  const order = await db.$transaction(async (tx) => {
    if (!(await withinDailyCostCap(tx, tenantId, cost))) return null;
    const topUp = lines.some((l) => l.targetIccid);
    const referral = await referralDiscount(tx, { email, userId: actor.userId, code: referralCode, topUp }, subtotal);
    const price = subtotal - (referral?.discountMinor ?? 0);
    const credit = useCredit ? await creditToApply(tx, actor.userId!, currency, price) : 0;
    const paidByCredit = credit === price; // nothing left to pay: no Stripe at all
    const created = await tx.order.create({
      data: {
        email,
        userId: actor.userId,
        locale,
        currency,
        subtotalMinor: subtotal,
        creditAppliedMinor: credit,
        referrerId: referral?.referrerId,
        referralDiscountMinor: referral?.discountMinor ?? 0,
        totalMinor: price - credit,
        applicationFeeMinor: resellerCost === null ? null : Math.min(resellerCost, price - credit),
        giftRecipientEmail: gift?.email,
        giftRecipientName: gift?.name,
        giftMessage: gift?.message || null,
        ...(paidByCredit ? { status: "paid" as const, paidAt: new Date() } : {}),
        lines: {
          create: lines.map((l) => ({
            bundleId: l.bundle.id,
            bundleName: l.bundle.name,
            kind: l.targetIccid ? ("topup" as const) : ("new_esim" as const),
            targetIccid: l.targetIccid,
            quantity: l.quantity,
            unitPriceMinor: l.unitMinor,
            wholesaleUnitMinor: l.bundle.wholesaleMinor,
            unitCostMinor: l.unitCostMinor,
            currency,
            fulfilmentStatus: paidByCredit ? ("paid" as const) : ("pending_payment" as const),
          })),
        },
      },
      include: { lines: { select: { id: true } } },
    });
    if (credit > 0) await spendCredit(tx, { userId: actor.userId!, currency, amountMinor: credit, orderId: created.id });
    return created;
  });
  if (!order) return { ok: false, error: "storeDailyLimit" };
  if (actor.userId) await db.user.update({ where: { id: actor.userId }, data: { locale } }); // later emails in it
  const orderPath = localOrderPath(order.id, locale);
  if (order.totalMinor === 0) {
    await startFulfilment(order.lines.map((l) => l.id));
    return { ok: true, orderId: order.id, url: orderPath };
  }

  try {
    const [words, t, origin] = await Promise.all([planWords(locale), translator(locale, "Checkout"), currentOrigin()]);
    const session = await createCheckoutSession({
      id: order.id,
      locale,
      email,
      currency,
      discountMinor: order.creditAppliedMinor + order.referralDiscountMinor,
      discountLabel: [order.referralDiscountMinor > 0 && t("referralLine"), order.creditAppliedMinor > 0 && t("creditLine")]
        .filter(Boolean)
        .join(" + "),
      lines: lines.map((l) => ({
        name: t(l.targetIccid ? "topUpLine" : "planLine", { plan: planName(l.bundle, locale, words) }),
        unitMinor: l.unitMinor,
        quantity: l.quantity,
      })),
      // A reseller's sale: a destination charge to its connected account, the operator's fee kept.
      connect:
        account.destination && order.applicationFeeMinor !== null
          ? { destination: account.destination, feeMinor: order.applicationFeeMinor }
          : undefined,
      // Back to the storefront the buyer is on (a reseller's own host).
      successUrl: `${origin}${orderPath}`,
      cancelUrl: `${origin}/${locale}/plans/${encodeURIComponent(lines[0].bundle.name)}?cancelled=1`,
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
