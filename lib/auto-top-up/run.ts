// An automatic top-up, when usage crosses its rule's trigger: exactly one order per trigger (the
// order's unique trigger key, so duplicate or concurrent callbacks buy nothing more), never above
// the month's cap, charged off-session on the saved card, then fulfilled like any top-up (eSIM Go
// checks compatibility again). A card that needs the customer (authentication) or is declined
// pauses the rule and emails the customer a link to pay on-session.
import { currentOrigin } from "@/lib/tenancy/tenants";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { autoTopUpFailedEmail } from "@/lib/email/templates/auto-top-up-failed";
import { esimgo } from "@/lib/esimgo";
import { startFulfilment } from "@/lib/fulfilment/start";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { planName } from "@/lib/catalogue/plan-name";
import { logger } from "@/lib/log/logger";
import { chargeSavedCard } from "@/lib/payments/saved-cards";
import { settlePaid, settleUnpaid } from "@/lib/payments/order-payment";
import { asTenant, requestTenantId } from "@/lib/tenancy/context";
import { salesAccount } from "@/lib/tenancy/resellers";
import { spentThisMonth } from "./settings";

export type AutoTopUpOutcome = "bought" | "not-due" | "duplicate" | "over-cap" | "paused";

// used: the share of the current plan used (1 = all of it), from the usage eSIM Go reported.
// Runs in the eSIM's tenant: the order, the charge and the emails are that tenant's.
export async function runAutoTopUp(esimId: string, assignmentId: string, used: number): Promise<AutoTopUpOutcome> {
  const esim = await db.esim.findUnique({ where: { id: esimId }, select: { tenantId: true } });
  // A suspended reseller sells nothing, automatic top-ups included.
  const account = esim && (await salesAccount(esim.tenantId));
  if (!esim || !account) return "not-due";
  return asTenant(esim.tenantId, () => runForTenant(esimId, assignmentId, used, account.destination));
}

async function runForTenant(esimId: string, assignmentId: string, used: number, destination: string | null): Promise<AutoTopUpOutcome> {
  const rule = await db.autoTopUp.findUnique({
    where: { esimId },
    include: {
      bundle: { include: { prices: { where: { tenantId: await requestTenantId() } } } },
      esim: true,
      user: { select: { email: true, locale: true, stripeCustomerId: true } },
    },
  });
  if (!rule || rule.status !== "active" || !rule.paymentMethodId || !rule.user.stripeCustomerId || !rule.user.email) return "not-due";
  if (used < (rule.trigger === "used90" ? 0.9 : 1)) return "not-due";
  const listed = rule.bundle.prices.find((p) => p.currency === rule.currency);
  const price = listed?.retailMinor;
  // A reseller's sale pays the operator the reseller's cost (a destination charge).
  const connect = destination && listed?.costMinor != null ? { destination, feeMinor: listed.costMinor } : undefined;
  if (price === undefined || !rule.bundle.active || !rule.bundle.enabled) return pause(rule.id, "planUnavailable");
  if (!(await esimgo().isCompatible(rule.esim.iccid, rule.bundle.name))) return pause(rule.id, "planNotCompatible");
  const locale = isLocale(rule.user.locale) ? rule.user.locale : DEFAULT_LOCALE;

  // The order first (unique per trigger, and the cap read under the rule's row lock), then the charge.
  let order;
  try {
    order = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "AutoTopUp" WHERE id = ${rule.id} FOR UPDATE`;
      const pending = await tx.order.aggregate({ where: { autoTopUpId: rule.id, status: "pending_payment" }, _sum: { totalMinor: true } });
      if ((await spentThisMonth(rule.id, tx)) + (pending._sum.totalMinor ?? 0) + price > rule.monthlyCapMinor) return null;
      return tx.order.create({
        data: {
          email: rule.user.email!,
          userId: rule.userId,
          locale,
          currency: rule.currency,
          subtotalMinor: price,
          totalMinor: price,
          applicationFeeMinor: connect?.feeMinor ?? null,
          autoTopUpId: rule.id,
          autoTriggerKey: `${assignmentId}:${rule.trigger}`,
          lines: {
            create: {
              bundleId: rule.bundleId,
              bundleName: rule.bundle.name,
              kind: "topup",
              targetIccid: rule.esim.iccid,
              quantity: 1,
              unitPriceMinor: price,
              wholesaleUnitMinor: rule.bundle.wholesaleMinor,
              unitCostMinor: listed?.costMinor ?? null,
              currency: rule.currency,
              fulfilmentStatus: "pending_payment",
            },
          },
        },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "duplicate";
    throw error;
  }
  if (!order) {
    logger.info({ scope: "auto-top-up", autoTopUpId: rule.id }, "monthly cap reached; no automatic top-up");
    return "over-cap";
  }

  const charge = await chargeSavedCard({
    customerId: rule.user.stripeCustomerId,
    paymentMethodId: rule.paymentMethodId,
    amountMinor: price,
    currency: rule.currency,
    orderId: order.id,
    connect,
  });
  if (charge.ok) {
    const lineIds = await db.$transaction((tx) => settlePaid(tx, order.id, charge.paymentIntentId, null));
    await startFulfilment(lineIds); // the top-up email (with its receipt) follows delivery
    logger.info({ scope: "auto-top-up", autoTopUpId: rule.id, orderId: order.id }, "automatic top-up charged");
    return "bought";
  }
  await db.$transaction(async (tx) => {
    await settleUnpaid(tx, order, "payment_failed");
    await tx.autoTopUp.update({ where: { id: rule.id }, data: { status: "paused", pausedReason: charge.reason } });
  });
  const words = await planWords(locale);
  await queueEmail(
    await autoTopUpFailedEmail({
      orderId: order.id,
      to: rule.user.email,
      locale,
      plan: planName(rule.bundle, locale, words),
      iccid: rule.esim.iccid,
      reason: charge.reason,
      payUrl: `${await currentOrigin()}/${locale}/account/esims/${rule.esim.iccid}/top-up?country=${rule.bundle.countries[0] ?? ""}`,
    }),
  );
  logger.warn(
    { scope: "auto-top-up", autoTopUpId: rule.id, orderId: order.id, reason: charge.reason },
    "automatic top-up not charged; paused",
  );
  return "paused";
}

async function pause(autoTopUpId: string, reason: string): Promise<"paused"> {
  await db.autoTopUp.update({ where: { id: autoTopUpId }, data: { status: "paused", pausedReason: reason } });
  return "paused";
}
