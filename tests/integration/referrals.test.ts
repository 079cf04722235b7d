// Referrals: the new customer's discount only on a first order through someone else's link; the
// referrer's credit once per new customer, even when every sweep decides at once; nothing for the
// referrer's own second account paying with the referrer's card.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startStoreSandboxes } from "../helpers/store-sandboxes";

const { stripeSandbox, ...store } = await startStoreSandboxes({ webhookSecret: "whsec_referrals" });
const { db } = await import("../../lib/db");
const { startCheckout } = await import("../../lib/checkout/start-checkout");
const { creditBalance } = await import("../../lib/money/credit-ledger");
const { referralCodeFor } = await import("../../lib/referrals/referral-code");
const { rewardReferral } = await import("../../lib/referrals/referral-reward");

const PLAN = "esim_1GB_7D_JP_V2";
let referrer = { id: "", email: "referrer@example.com" };
let code = "";

before(async () => {
  await store.prepare();
  referrer = { id: (await db.user.create({ data: { email: referrer.email } })).id, email: referrer.email };
  code = await referralCodeFor(referrer.id);
  assert.equal(await referralCodeFor(referrer.id), code, "one code for good");
  await deliveredOrder(referrer.email, undefined, "4242424242424242"); // the referrer's own card
});
after(() => store.stop());

// Buys through checkout, pays on the Stripe sandbox with the card, and records the delivery.
async function deliveredOrder(email: string, referralCode: string | undefined, card: string) {
  const result = await startCheckout({ email, items: [{ bundle: PLAN, quantity: 1 }] }, { userId: null }, referralCode);
  assert.ok(result.ok);
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  assert.ok(stripeSandbox.pay(order.stripeCheckoutSessionId!, card).ok);
  const intent = stripeSandbox.state.sessions.get(order.stripeCheckoutSessionId!)!.payment_intent!;
  return db.order.update({ where: { id: order.id }, data: { status: "fulfilled", paidAt: new Date(), stripePaymentIntentId: intent } });
}

test("a friend's first order is discounted and, delivered, credits the referrer once under concurrent sweeps", async () => {
  const order = await deliveredOrder("friend@example.com", code, "5555555555554444");
  assert.equal(order.referrerId, referrer.id);
  assert.equal(order.referralDiscountMinor, Math.floor(order.subtotalMinor / 10));
  assert.equal(order.totalMinor, order.subtotalMinor - order.referralDiscountMinor);

  const outcomes = await Promise.all(Array.from({ length: 6 }, () => rewardReferral(order.id)));
  assert.deepEqual(outcomes.filter((o) => o === "credited").length, 1, outcomes.join(","));
  const credit = Math.floor((order.totalMinor * 10) / 100);
  assert.equal(await creditBalance(referrer.id, "USD"), credit);
  const referral = await db.referral.findUniqueOrThrow({ where: { orderId: order.id } });
  assert.equal(referral.status, "credited");

  const second = await deliveredOrder("friend@example.com", code, "5555555555554444");
  assert.equal(second.referralDiscountMinor, 0, "a second order is not a first one");
  assert.equal(second.referrerId, null);
  assert.equal(await rewardReferral(second.id), "none");
  assert.equal(await creditBalance(referrer.id, "USD"), credit);
});

test("the referrer's own link, email or card earns nothing", async () => {
  const own = await startCheckout({ email: referrer.email, items: [{ bundle: PLAN, quantity: 1 }] }, { userId: null }, code);
  assert.ok(own.ok);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: own.orderId } })).referralDiscountMinor, 0);

  const before = await creditBalance(referrer.id, "USD");
  const secondAccount = await deliveredOrder("referrer.other@example.com", code, "4242424242424242");
  assert.ok(secondAccount.referralDiscountMinor > 0, "the card is not known at checkout");
  assert.equal(await rewardReferral(secondAccount.id), "refused");
  const referral = await db.referral.findUniqueOrThrow({ where: { orderId: secondAccount.id } });
  assert.equal(referral.reason, "a card the referrer paid with");
  assert.equal(await creditBalance(referrer.id, "USD"), before);
});
