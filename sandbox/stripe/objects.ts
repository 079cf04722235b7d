// The Stripe objects the sandbox keeps, in Stripe's JSON shapes (the fields the store reads).
import { createHash, randomBytes } from "node:crypto";
import type { Reply, RequestInfo } from "../http";
import type { Destination } from "./connect";

export const newId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("base64url")}`;
export const now = () => Math.floor(Date.now() / 1000);

export type LineItem = {
  quantity: number;
  price_data: { currency: string; unit_amount: number; product_data: { name: string; description?: string } };
};

// Every object: its id, its kind, when it was made, the metadata the store put on it.
type StripeObject<Kind extends string> = { id: string; object: Kind; created: number; metadata: Record<string, string> };
type Amount = { amount: number; currency: string };

type Address = { city: null; country: string | null; line1: null; line2: null; postal_code: null; state: null };
export type CustomerDetails = {
  address: Address;
  email: string | null;
  name: string | null;
  phone: string | null;
  tax_exempt: "none";
  tax_ids: [];
};

export type CheckoutSession = StripeObject<"checkout.session"> & {
  amount_subtotal: number;
  amount_total: number;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  discounts: Array<{ coupon: string }>;
  cancel_url: string | null;
  client_reference_id: string | null;
  currency: string;
  customer_email: string | null;
  customer_details: CustomerDetails | null;
  expires_at: number;
  livemode: false;
  mode: "payment";
  payment_intent: string | null;
  payment_status: "unpaid" | "paid";
  status: "open" | "complete" | "expired";
  success_url: string;
  url: string | null;
  locale: string | null;
  line_items_data: LineItem[]; // not part of the wire object; kept for the hosted page
  discount_label: string | null; // likewise: the coupon's name, shown beside the discount
  destination: Destination; // likewise: payment_intent_data's Connect part, for the intent it makes
};

export type PaymentIntent = StripeObject<"payment_intent"> &
  Amount & {
    amount_received: number;
    latest_charge: string | null;
    status: "processing" | "succeeded" | "requires_payment_method" | "canceled";
    // A destination charge (Connect): the connected account paid, and the platform's fee.
    application_fee_amount: number | null;
    transfer_data: { destination: string } | null;
  };

export type CardDetails = {
  brand: "visa" | "mastercard";
  country: "US";
  exp_month: number;
  exp_year: number;
  fingerprint: string; // the same card number always has the same one, as at Stripe
  funding: "credit";
  last4: string;
  network: "visa" | "mastercard";
};

export type Charge = StripeObject<"charge"> &
  Amount & {
    amount_refunded: number;
    payment_intent: string;
    refunded: boolean;
    payment_method_details: { card: CardDetails; type: "card" };
    application_fee: string | null;
    application_fee_amount: number | null;
    transfer_data: { amount: null; destination: string } | null;
  };

// What Stripe says about a card number: brand, last four, and a fingerprint derived from it.
export function cardDetails(digits: string): CardDetails {
  const brand = digits.startsWith("5") ? "mastercard" : "visa";
  const fingerprint = createHash("sha256")
    .update(`card:${digits}`)
    .digest("base64")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(0, 16);
  return { brand, country: "US", exp_month: 12, exp_year: 2034, fingerprint, funding: "credit", last4: digits.slice(-4), network: brand };
}

export type Coupon = StripeObject<"coupon"> & {
  amount_off: number;
  currency: string;
  duration: "once";
  max_redemptions: number | null;
  name: string | null;
  percent_off: null;
  times_redeemed: number;
  valid: boolean;
  livemode: false;
};

export type Refund = StripeObject<"refund"> &
  Amount & { charge: string; payment_intent: string; reason: string | null; status: "succeeded"; transfer_reversal: string | null };

export function wireSession(s: CheckoutSession) {
  const { line_items_data: _items, discount_label: _label, destination: _destination, ...wire } = s;
  return wire;
}

export function stripeError(status: number, message: string, param?: string, code?: string) {
  return { status, body: { error: { type: "invalid_request_error", message, ...(param ? { param } : {}), ...(code ? { code } : {}) } } };
}

// GET of one object by id: the object, or Stripe's resource_missing error.
export function found(object: object | undefined, kind: string, id: string, param = "id") {
  return object ? { status: 200, body: object } : stripeError(404, `No such ${kind}: '${id}'`, param, "resource_missing");
}

// A route handler answering GET /v1/<kind>s/{id} from one of the sandbox's maps.
export const byId = (map: Map<string, object>, kind: string) => (_c: null, req: { params: Record<string, string> }) =>
  found(map.get(req.params.id), kind, req.params.id);

// As at Stripe: a POST repeated with the same Idempotency-Key gets the first answer replayed, so a
// retried or doubled request never makes a second object.
export const idempotent =
  (replies: Map<string, Reply>, create: (req: RequestInfo) => Reply) =>
  (_c: null, req: RequestInfo): Reply => {
    const key = req.headers["idempotency-key"];
    const replay = typeof key === "string" ? replies.get(key) : undefined;
    if (replay) return replay;
    const reply = create(req);
    if (typeof key === "string") replies.set(key, reply);
    return reply;
  };
