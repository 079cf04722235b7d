// The Stripe objects the sandbox keeps, in Stripe's JSON shapes (the fields the store reads).
import { randomBytes } from "node:crypto";

export const newId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("base64url")}`;
export const now = () => Math.floor(Date.now() / 1000);

export type LineItem = {
  quantity: number;
  price_data: { currency: string; unit_amount: number; product_data: { name: string; description?: string } };
};

export type CheckoutSession = {
  id: string;
  object: "checkout.session";
  amount_subtotal: number;
  amount_total: number;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  discounts: Array<{ coupon: string }>;
  cancel_url: string | null;
  client_reference_id: string | null;
  created: number;
  currency: string;
  customer_email: string | null;
  customer_details: { email: string | null } | null;
  expires_at: number;
  livemode: false;
  metadata: Record<string, string>;
  mode: "payment";
  payment_intent: string | null;
  payment_status: "unpaid" | "paid";
  status: "open" | "complete" | "expired";
  success_url: string;
  url: string | null;
  line_items_data: LineItem[]; // not part of the wire object; kept for the hosted page
};

export type PaymentIntent = {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_received: number;
  currency: string;
  created: number;
  latest_charge: string | null;
  metadata: Record<string, string>;
  status: "processing" | "succeeded" | "requires_payment_method" | "canceled";
};

export type Charge = {
  id: string;
  object: "charge";
  amount: number;
  amount_refunded: number;
  currency: string;
  created: number;
  payment_intent: string;
  refunded: boolean;
  metadata: Record<string, string>;
};

export type Coupon = {
  id: string;
  object: "coupon";
  amount_off: number;
  currency: string;
  duration: "once";
  max_redemptions: number | null;
  name: string | null;
  percent_off: null;
  times_redeemed: number;
  valid: boolean;
  created: number;
  livemode: false;
  metadata: Record<string, string>;
};

export type Refund = {
  id: string;
  object: "refund";
  amount: number;
  charge: string;
  currency: string;
  created: number;
  payment_intent: string;
  reason: string | null;
  status: "succeeded";
  metadata: Record<string, string>;
};

export function wireSession(s: CheckoutSession) {
  const { line_items_data: _items, ...wire } = s;
  return wire;
}

export function stripeError(status: number, message: string, param?: string, code?: string) {
  return { status, body: { error: { type: "invalid_request_error", message, ...(param ? { param } : {}), ...(code ? { code } : {}) } } };
}
