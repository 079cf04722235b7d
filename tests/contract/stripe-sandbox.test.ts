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
  // An expandable reference: Stripe sends the id unless asked to expand it into the object.
  if (kind(ours) === "string" && kind(theirs) === "object" && "id" in (theirs as object)) return [];
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

test("a reseller's account onboarded through an account link, a destination charge with the platform's fee, refunded in two parts", async () => {
  const account = await stripe.accounts.create({
    type: "express",
    country: "DE",
    email: "owner@nomadic.example.test",
    business_profile: { name: "Nomadic" },
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  holds(account);
  assert.equal(account.charges_enabled, false);
  const destination = {
    application_fee_amount: 700,
    transfer_data: { destination: account.id },
  };
  const checkout = (payment_intent_data: typeof destination) =>
    stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 1000, product_data: { name: "Japan 1 GB" } } }],
      payment_intent_data,
      success_url: "http://nomadic.test/ok",
    });
  await assert.rejects(checkout(destination), /destination account needs to have at least one of the following capabilities/);

  const link = await stripe.accountLinks.create({
    account: account.id,
    type: "account_onboarding",
    refresh_url: "http://nomadic.test/connect/refresh",
    return_url: "http://nomadic.test/connect/return",
  });
  holds(link);
  const submitted = await fetch(link.url, {
    method: "POST",
    body: new URLSearchParams({ action: "submit", name: "Nomadic" }),
    redirect: "manual",
  });
  assert.equal(submitted.headers.get("location"), "http://nomadic.test/connect/return");
  const reused = await fetch(link.url, { redirect: "manual" });
  assert.equal(reused.headers.get("location"), "http://nomadic.test/connect/refresh", "an account link works once");
  const onboarded = await stripe.accounts.retrieve(account.id);
  holds(onboarded);
  assert.deepEqual([onboarded.charges_enabled, onboarded.capabilities?.transfers], [true, "active"]);

  await assert.rejects(checkout({ ...destination, application_fee_amount: 1001 }), /application fee cannot exceed/);
  const session = await checkout(destination);
  assert.ok(sandbox.pay(session.id, "4242424242424242").ok);
  const intent = await stripe.paymentIntents.retrieve((await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string);
  holds(intent);
  const charge = await stripe.charges.retrieve(intent.latest_charge as string);
  holds(charge);
  assert.deepEqual([charge.application_fee_amount, charge.transfer_data?.destination], [700, account.id]);

  const first = await stripe.refunds.create({
    payment_intent: intent.id,
    amount: 333,
    reverse_transfer: true,
    refund_application_fee: true,
  });
  holds(first);
  await stripe.refunds.create({ payment_intent: intent.id, reverse_transfer: true, refund_application_fee: true });
  const fee = await stripe.applicationFees.retrieve(charge.application_fee as string);
  holds(fee);
  holds(fee.refunds.data[0]);
  assert.deepEqual(
    fee.refunds.data.map((r) => r.amount),
    [467, 233],
    "the fee is refunded in proportion (333 of 1000 → 233), the last refund returns exactly the rest",
  );
  // Stripe names the transfer on the charge only in older API versions; the sandbox's record finds it.
  const transferId = [...sandbox.state.transfers.values()].find((t) => t.source_transaction === charge.id)?.id;
  assert.ok(transferId, "the charge was transferred to the reseller");
  const reversals = await stripe.transfers.listReversals(transferId);
  holds(reversals.data[0]);
  assert.deepEqual(
    reversals.data.map((r) => r.amount),
    [667, 333],
    "the transfer is reversed by what each refund returned, newest first",
  );
  assert.equal(reversals.data[1].id, first.transfer_reversal);
  const transfer = await stripe.transfers.retrieve(transferId);
  holds(transfer);
  assert.deepEqual([transfer.amount, transfer.amount_reversed, transfer.reversed], [1000, 1000, true]);
});
