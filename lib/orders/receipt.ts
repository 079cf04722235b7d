// An order's receipt, as the receipt page and the PDF both show it: lines by plan name, what store
// credit paid, the tax included in the prices (when a rate is configured for the billing country),
// every refund that went through, and what was paid net.
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { planName } from "@/lib/catalogue/plan-name";
import type { Locale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import type { OrderStatus } from "@/lib/generated/prisma/client";

// The statuses of a paid order: only those have a receipt to download (an unpaid one is shown as
// awaiting payment).
export const PAID: OrderStatus[] = ["paid", "fulfilled", "refunded"];
export const hasReceipt = (r: Receipt) => PAID.includes(r.status);

export type Receipt = {
  id: string;
  createdAt: Date;
  email: string;
  status: OrderStatus;
  currency: string;
  billingCountry: string | null;
  gift: { name: string; email: string } | null;
  lines: Array<{ id: string; plan: string; topUpOf: string | null; quantity: number; unitMinor: number; amountMinor: number }>;
  subtotalMinor: number;
  referralDiscountMinor: number;
  priceMinor: number; // the subtotal less the referral discount: what the order cost
  creditMinor: number;
  totalMinor: number;
  tax: { ratePercent: number; country: string; amountMinor: number } | null;
  refunds: Array<{ id: string; method: "card" | "credit"; removedPlan: boolean; reason: string; amountMinor: number }>;
  netMinor: number;
};

// Prices include tax, so the tax is the part of the price above the rate: price × r / (100 + r).
export function includedTax(amountMinor: number, ratePercent: number): number {
  return Math.round((amountMinor * ratePercent) / (100 + ratePercent));
}

// who: the signed-in owner's id, or null when the caller already proved access (the order's
// signed link). Anyone else's order is null.
export async function loadReceipt(orderId: string, who: { userId: string } | null, locale: Locale): Promise<Receipt | null> {
  const order = await db.order.findFirst({
    where: { id: orderId, ...(who ? { userId: who.userId } : {}) },
    include: {
      lines: { include: { bundle: true }, orderBy: { createdAt: "asc" } },
      refunds: { where: { status: { not: "failed" } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!order) return null;
  const words = await planWords(locale);
  const rate = order.billingCountry ? env().receipts.taxRates[order.billingCountry] : undefined;
  const refunds = order.refunds.map((r) => ({
    id: r.id,
    method: r.method,
    removedPlan: r.assignmentId !== null,
    reason: r.reason,
    amountMinor: r.amountMinor,
  }));
  return {
    id: order.id,
    createdAt: order.paidAt ?? order.createdAt,
    email: order.email,
    status: order.status,
    currency: order.currency,
    billingCountry: order.billingCountry,
    gift: order.giftRecipientEmail ? { name: order.giftRecipientName ?? "", email: order.giftRecipientEmail } : null,
    lines: order.lines.map((l) => ({
      id: l.id,
      plan: planName(l.bundle, locale, words),
      topUpOf: l.kind === "topup" ? l.targetIccid : null,
      quantity: l.quantity,
      unitMinor: l.unitPriceMinor,
      amountMinor: l.unitPriceMinor * l.quantity,
    })),
    subtotalMinor: order.subtotalMinor,
    referralDiscountMinor: order.referralDiscountMinor,
    priceMinor: order.subtotalMinor - order.referralDiscountMinor,
    creditMinor: order.creditAppliedMinor,
    totalMinor: order.totalMinor,
    tax:
      rate !== undefined && order.billingCountry
        ? {
            ratePercent: rate,
            country: order.billingCountry,
            amountMinor: includedTax(order.subtotalMinor - order.referralDiscountMinor, rate),
          }
        : null,
    refunds,
    netMinor: order.subtotalMinor - order.referralDiscountMinor - refunds.reduce((sum, r) => sum + r.amountMinor, 0),
  };
}
