// A reseller's payments: onboarding its Stripe connected account (made once, however many starts);
// its buyer pays its own price, in a destination charge to its account with the operator's fee
// equal to its cost, and Stripe sends the buyer back to its own host; a refund reverses the
// transfer and the fee in proportion, never more than was paid; it sells nothing without an
// account that takes payments; its daily cost cap (eSIM Go's wholesale price of what it sold
// today, unpaid orders included) refuses the order that would pass it, even when checkouts race;
// the operator has no cap.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startStoreSandboxes } from "../helpers/store-sandboxes";

const { stripeSandbox, ...store } = await startStoreSandboxes({ webhookSecret: "whsec_reseller_checkout" });
const { db } = await import("../../lib/db");
const { startCheckout } = await import("../../lib/checkout/start-checkout");
const { asTenant } = await import("../../lib/tenancy/context");
const { afterOnboarding, startOnboarding } = await import("../../lib/tenancy/resellers");
const { dispatchStripeEvent } = await import("../../lib/payments/webhook/dispatch");
const { repriceCurrencies } = await import("../../lib/catalogue/currency-prices");
const { markOrderPaid } = await import("../../lib/payments/order-payment");
const { refundOrder } = await import("../../lib/orders/staff-refund");

const PLAN = "esim_1GB_7D_JP_V2";
const cart = (n: number) => ({ email: `traveller${n}@example.com`, items: [{ bundle: PLAN, quantity: 1 }] });
let cost = 0;

let staffId = "";

// Its connected account, onboarded as on Stripe's hosted page.
async function onboard(tenantId: string) {
  const started = await startOnboarding(staffId, tenantId);
  if (!started.ok) assert.fail(started.error);
  await fetch(started.url, { method: "POST", body: new URLSearchParams({ action: "submit" }), redirect: "manual" });
  await afterOnboarding(tenantId);
}

before(async () => {
  await store.prepare();
  staffId = (await db.user.create({ data: { email: "ops@example.com", role: "staff" } })).id;
  cost = (await db.bundle.findUniqueOrThrow({ where: { name: PLAN } })).wholesaleMinor;
  await db.tenant.create({
    data: { id: "t_wander", slug: "wander", name: "Wander", hosts: ["wander.example:8443"], dailyCostCapMinor: 2 * cost },
  });
  await repriceCurrencies("t_wander"); // its price list
  await onboard("t_wander");
});
after(() => store.stop());

test("a reseller's buyer pays its price (over its cost, above the operator's) and Stripe returns them to its host", async () => {
  await db.tenant.create({
    data: {
      id: "t_roam",
      slug: "roam",
      name: "Roam",
      hosts: ["roam.example"],
      pricingRules: {
        create: [
          { tier: "cost", scope: "default", markupBps: 2000 },
          { tier: "retail", scope: "country", match: "JP", markupBps: 5000 },
        ],
      },
    },
  });
  await repriceCurrencies("t_roam");
  assert.deepEqual(
    await asTenant("t_roam", () => startCheckout(cart(0), { userId: null })),
    { ok: false, error: "storeNotSelling" },
    "no Stripe account yet",
  );
  await onboard("t_roam");
  const result = await asTenant("t_roam", () => startCheckout(cart(0), { userId: null }));
  assert.ok(result.ok, JSON.stringify(result));
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  assert.equal(order.tenantId, "t_roam");
  const prices = await db.bundlePrice.findMany({ where: { bundle: { name: PLAN }, currency: "USD" } });
  const roam = prices.find((p) => p.tenantId === "t_roam")!;
  assert.equal(roam.costMinor, Math.ceil(cost * 1.2));
  assert.equal(roam.retailMinor, Math.ceil(roam.costMinor! * 1.5));
  assert.equal(order.totalMinor, roam.retailMinor);
  assert.ok(order.totalMinor > prices.find((p) => p.tenantId === "operator")!.retailMinor);
  // The database holds the bound too: no price list row sells below its cost.
  await assert.rejects(
    db.bundlePrice.update({
      where: { tenantId_bundleId_currency: { tenantId: "t_roam", bundleId: roam.bundleId, currency: "USD" } },
      data: { retailMinor: roam.costMinor! - 1 },
    }),
    /BundlePrice_retail_covers_cost/,
  );
  const session = stripeSandbox.state.sessions.get(order.stripeCheckoutSessionId!)!;
  assert.match(session.success_url!, /^http:\/\/roam\.example\/en\/order\//);
  assert.match(session.cancel_url!, /^http:\/\/roam\.example\/en\/plans\//);

  // Paid: a destination charge to Roam's account, the operator keeping Roam's cost.
  const { stripeAccountId } = await db.tenant.findUniqueOrThrow({ where: { id: "t_roam" } });
  stripeSandbox.pay(session.id, "4242424242424242");
  await asTenant("t_roam", async () =>
    db.$transaction(async (tx) => markOrderPaid(tx, await store.stripe.checkout.sessions.retrieve(session.id))),
  );
  const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
  assert.equal(paid.applicationFeeMinor, roam.costMinor);
  const charge = [...stripeSandbox.state.charges.values()].find((c) => c.payment_intent === paid.stripePaymentIntentId)!;
  assert.deepEqual(
    { amount: charge.amount, fee: charge.application_fee_amount, to: charge.transfer_data?.destination },
    { amount: roam.retailMinor, fee: roam.costMinor, to: stripeAccountId },
  );
  const transfer = [...stripeSandbox.state.transfers.values()].find((t) => t.source_transaction === charge.id)!;
  assert.equal(transfer.amount, roam.retailMinor); // Stripe transfers it all, then takes the fee from the account

  // Half refunded, then the rest: the transfer and the fee come back in proportion, in full at
  // the end, and never more than was paid.
  const half = Math.floor(roam.retailMinor / 2);
  const major = (minor: number) => minor / 100;
  assert.ok((await refundOrder(staffId, order.id, { amount: major(half), method: "card", reason: "Half" })).ok);
  const fee = stripeSandbox.state.applicationFees.get(charge.application_fee!)!;
  assert.equal(transfer.reversals.data[0].amount, Math.round((transfer.amount * half) / roam.retailMinor));
  assert.equal(fee.amount_refunded, Math.round((fee.amount * half) / roam.retailMinor));
  assert.ok((await refundOrder(staffId, order.id, { amount: major(roam.retailMinor - half), method: "card", reason: "The rest" })).ok);
  assert.equal(transfer.amount_reversed, transfer.amount);
  assert.equal(fee.amount_refunded, fee.amount);
  assert.equal(charge.amount_refunded, roam.retailMinor);
  assert.equal((await refundOrder(staffId, order.id, { amount: 0.01, method: "card", reason: "More" })).ok, false);
});

test("racing checkouts never pass the daily cost cap; the operator sells on", async () => {
  const results = await Promise.all([1, 2, 3, 4, 5].map((n) => asTenant("t_wander", () => startCheckout(cart(n), { userId: null }))));
  assert.equal(results.filter((r) => r.ok).length, 2, JSON.stringify(results));
  assert.deepEqual(
    results.filter((r) => !r.ok),
    [1, 2, 3].map(() => ({ ok: false, error: "storeDailyLimit" })),
  );
  assert.equal(await db.order.count({ where: { tenantId: "t_wander" } }), 2, "a refused checkout leaves nothing behind");

  // An unpaid order that expires gives its room back.
  const first = results.find((r) => r.ok)!;
  await db.order.update({ where: { id: first.ok ? first.orderId : "" }, data: { status: "expired" } });
  assert.ok((await asTenant("t_wander", () => startCheckout(cart(6), { userId: null }))).ok);
  assert.ok((await startCheckout(cart(7), { userId: null })).ok);
});

test("a reseller onboards one connected account on Stripe's page; it takes payments once Stripe says so", async () => {
  await db.tenant.create({ data: { id: "t_connect", slug: "connect", name: "Connect Co", hosts: ["connect.example"] } });
  const starts = await Promise.all([startOnboarding(staffId, "t_connect"), startOnboarding(staffId, "t_connect")]);
  const { stripeAccountId } = await db.tenant.findUniqueOrThrow({ where: { id: "t_connect" } });
  assert.ok(stripeAccountId);
  const accounts = [...stripeSandbox.state.accounts.values()].filter((a) => a.metadata.tenantId === "t_connect");
  assert.deepEqual(
    accounts.map((a) => a.id),
    [stripeAccountId],
    "two starts at once make one account",
  );

  // "Save and return later": back on the Resellers page, still not taking payments.
  const [later, submit] = starts.map((s) => (s.ok ? s.url : assert.fail(s.error)));
  const back = await fetch(later, { method: "POST", body: new URLSearchParams({ action: "later" }), redirect: "manual" });
  assert.equal(back.headers.get("location"), "http://store.test/admin/resellers?connect=t_connect");
  await afterOnboarding("t_connect");
  assert.equal((await db.tenant.findUniqueOrThrow({ where: { id: "t_connect" } })).stripeChargesEnabled, false);

  await fetch(submit, { method: "POST", body: new URLSearchParams({ action: "submit", name: "Connect Co" }), redirect: "manual" });
  await afterOnboarding("t_connect");
  assert.equal((await db.tenant.findUniqueOrThrow({ where: { id: "t_connect" } })).stripeChargesEnabled, true);

  // Stripe disables it later: account.updated says so.
  const account = { ...stripeSandbox.state.accounts.get(stripeAccountId)!, charges_enabled: false };
  const event = { id: "evt_account_disabled", object: "event", type: "account.updated", data: { object: account } };
  assert.equal((await dispatchStripeEvent(event as never)).status, "processed");
  assert.equal((await db.tenant.findUniqueOrThrow({ where: { id: "t_connect" } })).stripeChargesEnabled, false);
});
