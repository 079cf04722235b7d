// Creates the Stripe Checkout Session for an order. Store credit and a referral discount applied
// to the order become one single-use coupon (a session takes one), so Stripe shows the buyer the
// same subtotal, discount and total as the store.
import type Stripe from "stripe";
import { stripe } from "./stripe";

// Stripe refuses charges below about 0.50 in most currencies; credit never leaves less than this.
export const MINIMUM_CARD_CHARGE_MINOR = 50;

// A reseller's sale: paid to its connected account, the operator keeping feeMinor (Stripe's
// destination charge). Checkout sessions and off-session top-ups both charge this way.
export type DestinationCharge = { destination: string; feeMinor: number };
export const destinationChargeParams = (c: DestinationCharge | undefined) =>
  c && { application_fee_amount: c.feeMinor, transfer_data: { destination: c.destination } };

export type SessionLine = { name: string; unitMinor: number; quantity: number };
export type SessionOrder = {
  id: string;
  locale: Stripe.Checkout.SessionCreateParams.Locale; // the page's language, as the store's
  discountLabel: string; // the name the discount goes by on the page
  email: string;
  currency: string;
  discountMinor: number; // credit plus referral discount
  lines: SessionLine[];
  successUrl: string;
  cancelUrl: string;
  connect?: DestinationCharge;
};

export async function createCheckoutSession(order: SessionOrder): Promise<{ id: string; url: string }> {
  const client = stripe();
  const currency = order.currency.toLowerCase();
  const coupon =
    order.discountMinor > 0
      ? await client.coupons.create(
          {
            amount_off: order.discountMinor,
            currency,
            duration: "once",
            max_redemptions: 1,
            name: order.discountLabel,
            metadata: { orderId: order.id },
          },
          { idempotencyKey: `credit-coupon-${order.id}` },
        )
      : null;
  const session = await client.checkout.sessions.create(
    {
      mode: "payment",
      locale: order.locale,
      customer_email: order.email,
      client_reference_id: order.id,
      metadata: { orderId: order.id },
      payment_intent_data: {
        metadata: { orderId: order.id },
        ...destinationChargeParams(order.connect),
      },
      line_items: order.lines.map((l) => ({
        quantity: l.quantity,
        price_data: { currency, unit_amount: l.unitMinor, product_data: { name: l.name } },
      })),
      ...(coupon ? { discounts: [{ coupon: coupon.id }] } : {}),
      success_url: order.successUrl,
      cancel_url: order.cancelUrl,
      expires_at: Math.floor(Date.now() / 1000) + 3600,
    },
    { idempotencyKey: `checkout-${order.id}` },
  );
  if (!session.url) throw new Error("Stripe returned no checkout URL");
  return { id: session.id, url: session.url };
}
