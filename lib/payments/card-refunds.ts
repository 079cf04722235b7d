// Card refunds at Stripe. lib/money decides whether and how much; this only carries it out.
// Every call has an idempotency key, so a retry after a lost answer never refunds twice.
import { stripe } from "./stripe";

export type CardRefund = { id: string; amountMinor: number; currency: string };

export async function refundToCard(p: {
  paymentIntentId: string;
  amountMinor?: number;
  // A reseller's sale (a destination charge): the transfer to it is reversed and the operator's
  // fee refunded, each in proportion to the amount refunded (Stripe works out the shares).
  reverseConnect?: boolean;
  idempotencyKey: string;
  metadata: Record<string, string>;
}): Promise<CardRefund> {
  const refund = await stripe().refunds.create(
    {
      payment_intent: p.paymentIntentId,
      ...(p.amountMinor === undefined ? {} : { amount: p.amountMinor }),
      ...(p.reverseConnect && { reverse_transfer: true, refund_application_fee: true }),
      metadata: p.metadata,
    },
    { idempotencyKey: p.idempotencyKey },
  );
  return { id: refund.id, amountMinor: refund.amount, currency: refund.currency.toUpperCase() };
}
