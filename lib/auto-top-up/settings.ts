// A customer's automatic top-up on one of their eSIMs: the plan (one eSIM Go says fits), the
// trigger, the monthly cap, and the saved card. Turning it on or changing the card goes through
// Stripe's page (setup mode); the card is in place once Stripe's webhook says so.
import { z } from "zod";
import { db } from "@/lib/db";
import { currentOrigin } from "@/lib/tenancy/tenants";
import { esimgo } from "@/lib/esimgo";
import type { AutoTopUp, Bundle, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { toMinor } from "@/lib/money/minor-units";
import { createStripeCustomer, startCardSetup, type SavedCard } from "@/lib/payments/saved-cards";

export const autoTopUpInput = z.object({
  bundle: z.string().regex(/^[A-Za-z0-9_]{3,100}$/, "unknownPlan"),
  trigger: z.enum(["used90", "depleted"]),
  cap: z.coerce.number({ error: "autoTopUpCapLow" }).positive("autoTopUpCapLow").max(10_000, "autoTopUpCapHigh"),
});
export type AutoTopUpInput = z.infer<typeof autoTopUpInput>;

export type AutoTopUpView = AutoTopUp & { bundle: Bundle; spentThisMonthMinor: number };

export type SetupResult = { ok: true; url: string } | { ok: false; error: string };

type Customer = { id: string; email: string };

const startOfMonth = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

// What the rule has charged this calendar month (UTC): the cap's measure.
export async function spentThisMonth(autoTopUpId: string, client: Prisma.TransactionClient = db): Promise<number> {
  const paid = await client.order.aggregate({
    where: { autoTopUpId, paidAt: { gte: startOfMonth() } },
    _sum: { totalMinor: true },
  });
  return paid._sum.totalMinor ?? 0;
}

export async function autoTopUpFor(userId: string, iccid: string): Promise<AutoTopUpView | null> {
  const rule = await db.autoTopUp.findFirst({ where: { userId, esim: { iccid } }, include: { bundle: true } });
  return rule ? { ...rule, spentThisMonthMinor: await spentThisMonth(rule.id) } : null;
}

// Saves the settings and sends the customer to Stripe to save a card: always when there is no
// card yet, or when they ask to change it.
export async function configureAutoTopUp(
  customer: Customer,
  iccid: string,
  input: AutoTopUpInput,
  options: { currency: string; locale: Locale; changeCard: boolean },
): Promise<SetupResult> {
  const esim = await db.esim.findFirst({ where: { iccid, ownerId: customer.id, state: "active" } });
  if (!esim) return { ok: false, error: "signInToTopUp" };
  const bundle = await db.bundle.findUnique({
    where: { name: input.bundle },
    include: { prices: { where: { tenantId: esim.tenantId, currency: options.currency } } }, // the eSIM's storefront's prices
  });
  const price = bundle?.active && bundle.enabled ? bundle.prices[0]?.retailMinor : undefined;
  if (!bundle || price === undefined) return { ok: false, error: "planUnavailable" };
  const capMinor = toMinor(input.cap, options.currency);
  if (capMinor < price) return { ok: false, error: "autoTopUpCapLow" };
  if (
    !(await esimgo()
      .isCompatible(iccid, bundle.name)
      .catch(() => false))
  )
    return { ok: false, error: "planNotOrderable" };

  const existing = await db.autoTopUp.findUnique({ where: { esimId: esim.id } });
  const settings = { bundleId: bundle.id, trigger: input.trigger, monthlyCapMinor: capMinor, currency: options.currency };
  if (existing?.paymentMethodId && !options.changeCard) {
    await db.autoTopUp.update({ where: { id: existing.id }, data: { ...settings, status: "active", pausedReason: null } });
    return { ok: true, url: await autoTopUpPage(iccid, options.locale) };
  }
  const rule = existing
    ? await db.autoTopUp.update({
        where: { id: existing.id },
        data: existing.paymentMethodId ? settings : { ...settings, status: "awaiting_card" },
      })
    : await db.autoTopUp.create({ data: { ...settings, esimId: esim.id, userId: customer.id, status: "awaiting_card" } });
  const customerId = await stripeCustomerFor(customer);
  const session = await startCardSetup({
    customerId,
    autoTopUpId: rule.id,
    currency: options.currency,
    locale: options.locale,
    successUrl: await autoTopUpPage(iccid, options.locale),
    cancelUrl: await autoTopUpPage(iccid, options.locale),
  });
  await db.autoTopUp.update({ where: { id: rule.id }, data: { setupSessionId: session.id } });
  return { ok: true, url: session.url };
}

export async function turnOffAutoTopUp(userId: string, iccid: string): Promise<boolean> {
  const { count } = await db.autoTopUp.updateMany({ where: { userId, esim: { iccid } }, data: { status: "off", pausedReason: null } });
  return count === 1;
}

// Stripe's webhook: the setup session completed, so its card is the rule's card and it runs.
export async function adoptSavedCard(tx: Prisma.TransactionClient, setupSessionId: string, card: SavedCard): Promise<void> {
  await tx.autoTopUp.updateMany({
    where: { setupSessionId },
    data: { paymentMethodId: card.paymentMethodId, cardBrand: card.brand, cardLast4: card.last4, status: "active", pausedReason: null },
  });
}

async function stripeCustomerFor(customer: Customer): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { stripeCustomerId: true } });
  if (user.stripeCustomerId) return user.stripeCustomerId;
  const id = await createStripeCustomer(customer);
  await db.user.update({ where: { id: customer.id }, data: { stripeCustomerId: id } });
  return id;
}

// The settings page, where the customer comes back to from Stripe (it refreshes until the card is in).
export const autoTopUpPage = async (iccid: string, locale: string) =>
  `${await currentOrigin()}/${locale}/account/esims/${iccid}/auto-top-up`;
