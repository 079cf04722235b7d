// Saved cards for automatic top-ups: a Stripe customer per store customer, Checkout in setup mode
// to save a card (Stripe's page; the card never touches the store), and off-session charges on it.
// lib/auto-top-up decides when and how much; this only speaks to Stripe.
import Stripe from "stripe";
import { stripe } from "./stripe";
import { destinationChargeParams, type DestinationCharge } from "./checkout-session";

export async function createStripeCustomer(user: { id: string; email: string }): Promise<string> {
  const customer = await stripe().customers.create(
    { email: user.email, metadata: { userId: user.id } },
    { idempotencyKey: `customer-${user.id}` },
  );
  return customer.id;
}

export async function startCardSetup(p: {
  customerId: string;
  autoTopUpId: string;
  currency: string;
  locale: Stripe.Checkout.SessionCreateParams.Locale;
  successUrl: string;
  cancelUrl: string;
}): Promise<{ id: string; url: string }> {
  const session = await stripe().checkout.sessions.create({
    mode: "setup",
    customer: p.customerId,
    currency: p.currency.toLowerCase(),
    locale: p.locale,
    client_reference_id: p.autoTopUpId,
    metadata: { autoTopUpId: p.autoTopUpId },
    success_url: p.successUrl,
    cancel_url: p.cancelUrl,
  });
  if (!session.url) throw new Error("Stripe returned no setup URL");
  return { id: session.id, url: session.url };
}

export type SavedCard = { paymentMethodId: string; brand: string; last4: string };

// The card a completed setup session saved.
export async function savedCardOf(session: Stripe.Checkout.Session): Promise<SavedCard | null> {
  const setupIntentId = typeof session.setup_intent === "string" ? session.setup_intent : session.setup_intent?.id;
  if (!setupIntentId) return null;
  const intent = await stripe().setupIntents.retrieve(setupIntentId);
  const methodId = typeof intent.payment_method === "string" ? intent.payment_method : intent.payment_method?.id;
  if (intent.status !== "succeeded" || !methodId) return null;
  const method = await stripe().paymentMethods.retrieve(methodId);
  return { paymentMethodId: method.id, brand: method.card?.brand ?? "card", last4: method.card?.last4 ?? "" };
}

export type OffSessionCharge =
  | { ok: true; paymentIntentId: string }
  | { ok: false; reason: "authentication_required" | "declined"; message: string; paymentIntentId: string | null };

// One charge per order (the idempotency key): a retry after a lost answer never charges twice.
export async function chargeSavedCard(p: {
  customerId: string;
  paymentMethodId: string;
  amountMinor: number;
  currency: string;
  orderId: string;
  connect?: DestinationCharge; // a reseller's sale
}): Promise<OffSessionCharge> {
  try {
    const intent = await stripe().paymentIntents.create(
      {
        amount: p.amountMinor,
        currency: p.currency.toLowerCase(),
        customer: p.customerId,
        payment_method: p.paymentMethodId,
        off_session: true,
        confirm: true,
        metadata: { orderId: p.orderId },
        ...destinationChargeParams(p.connect),
      },
      { idempotencyKey: `off-session-${p.orderId}` },
    );
    return { ok: true, paymentIntentId: intent.id };
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeCardError)) throw error;
    const intentId = (error.raw as { payment_intent?: { id?: string } }).payment_intent?.id ?? null;
    const reason = error.code === "authentication_required" ? "authentication_required" : "declined";
    return { ok: false, reason, message: error.message, paymentIntentId: intentId };
  }
}
