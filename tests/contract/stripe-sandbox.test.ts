// The Stripe sandbox speaks Stripe's wire format: every object it returns (through the real SDK)
// is held against Stripe's own example object of that kind (fixtures/stripe-objects.json, from
// Stripe's published fixtures): each field it sends exists there, with the same JSON type.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import Stripe from "stripe";
import { startStripeSandbox } from "../../sandbox/stripe/server";

const FIXTURES = JSON.parse(readFileSync(new URL("./fixtures/stripe-objects.json", import.meta.url), "utf8")) as Record<string, unknown>;
const KEY = "sk_test_contract_sandbox";
const sandbox = await startStripeSandbox({
  port: 0,
  secretKey: KEY,
  webhookSecret: "whsec_contract",
  webhookUrl: "http://127.0.0.1:9/unused",
});
const stripe = new Stripe(KEY, { host: "127.0.0.1", port: sandbox.port, protocol: "http" });
after(() => sandbox.stop());

const kind = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

// Fields the sandbox sends that Stripe's example lacks, or sends as another type.
function differences(ours: unknown, theirs: unknown, path: string): string[] {
  if (ours === null || theirs === null) return []; // nullable either way
  if (kind(ours) !== kind(theirs)) return [`${path}: ${kind(ours)}, Stripe sends ${kind(theirs)}`];
  if (kind(ours) === "array") {
    const [first] = ours as unknown[];
    const [example] = theirs as unknown[];
    return first === undefined || example === undefined ? [] : differences(first, example, `${path}[0]`);
  }
  if (kind(ours) !== "object") return [];
  return Object.entries(ours as Record<string, unknown>).flatMap(([key, value]) =>
    key in (theirs as object)
      ? differences(value, (theirs as Record<string, unknown>)[key], `${path}.${key}`)
      : [`${path}.${key}: not a Stripe field`],
  );
}

const holds = (object: { object: string }, fixture = object.object) => {
  const lastResponse = "lastResponse"; // the SDK's own addition
  const { [lastResponse]: _sdk, ...wire } = object as Record<string, unknown>;
  assert.deepEqual(differences(wire, FIXTURES[fixture], fixture), []);
};

test("a paid Checkout session, its PaymentIntent and charge, a coupon and a refund", async () => {
  const coupon = await stripe.coupons.create({ amount_off: 100, currency: "usd", duration: "once", max_redemptions: 1 });
  holds(coupon);
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: "a@example.com",
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 999, product_data: { name: "Japan 1 GB" } } }],
    discounts: [{ coupon: coupon.id }],
    success_url: "http://store.test/ok",
  });
  assert.ok(sandbox.pay(session.id, "4242424242424242").ok);
  const paid = await stripe.checkout.sessions.retrieve(session.id);
  holds(paid);
  const intent = await stripe.paymentIntents.retrieve(paid.payment_intent as string);
  holds(intent);
  holds(await stripe.charges.retrieve(intent.latest_charge as string));
  holds(await stripe.refunds.create({ payment_intent: intent.id, amount: 100 }));
});

test("a card saved in setup mode (customer, session, SetupIntent, PaymentMethod) and charged off-session", async () => {
  const customer = await stripe.customers.create({ email: "saver@example.com" });
  holds(customer);
  const setup = await stripe.checkout.sessions.create({
    mode: "setup",
    customer: customer.id,
    currency: "usd",
    success_url: "http://store.test/ok",
  });
  const saved = await fetch(setup.url!, {
    method: "POST",
    body: new URLSearchParams({ card: "4242424242424242", action: "pay" }),
    redirect: "manual",
  });
  assert.equal(saved.status, 303);
  const complete = await stripe.checkout.sessions.retrieve(setup.id);
  holds(complete);
  const setupIntent = await stripe.setupIntents.retrieve(complete.setup_intent as string);
  holds(setupIntent);
  const method = await stripe.paymentMethods.retrieve(setupIntent.payment_method as string);
  holds(method);
  const intent = await stripe.paymentIntents.create({
    amount: 499,
    currency: "usd",
    customer: customer.id,
    payment_method: method.id,
    off_session: true,
    confirm: true,
  });
  holds(intent);
  assert.equal(intent.status, "succeeded");
});
