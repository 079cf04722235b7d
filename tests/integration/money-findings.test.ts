// The money findings from probing the running store, each as a regression test against real
// PostgreSQL and both sandboxes: money goes back through lib/money only, under the order's lock,
// and the database holds the same bound.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type Stripe from "stripe";
import { startStoreSandboxes } from "../helpers/store-sandboxes";

// Webhooks go nowhere: the tests deliver charge.refunded themselves, when they choose.
const { database, stripeSandbox, stripe, ...store } = await startStoreSandboxes({
  webhookSecret: "whsec_money",
  webhookBaseDelayMs: 3_600_000,
  env: { REFUND_METHOD: "card", REFUND_APPROVAL_ABOVE_MINOR: "100000" },
});
const { db } = await import("../../lib/db");
const { startCheckout } = await import("../../lib/checkout/start-checkout");
const { markOrderPaid } = await import("../../lib/payments/order-payment");
const { dispatchStripeEvent } = await import("../../lib/payments/webhook/dispatch");
const { fulfilLine } = await import("../../lib/fulfilment/fulfil-line");
const { refundOrder } = await import("../../lib/orders/staff-refund");
const { removeBundle } = await import("../../lib/esims/bundle-removal");
const { creditBalance } = await import("../../lib/money/credit-ledger");
const { toMajorString } = await import("../../lib/money/minor-units");

let staffId = "";
let secondStaffId = "";
const PLAN = "esim_1GB_7D_JP_V2";

before(async () => {
  await store.prepare();
  staffId = (await db.user.create({ data: { email: "staff@store.test", role: "staff" } })).id;
  secondStaffId = (await db.user.create({ data: { email: "staff2@store.test", role: "staff" } })).id;
});
after(() => store.stop());

// A customer's order paid by card in the Stripe sandbox; delivered unless told otherwise.
async function paidOrder(email: string, quantity = 1, deliver = true) {
  const user = await db.user.create({ data: { email, emailVerified: new Date() } });
  const started = await startCheckout({ email, items: [{ bundle: PLAN, quantity }] }, { userId: user.id });
  assert.ok(started.ok);
  const pending = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  stripeSandbox.pay(pending.stripeCheckoutSessionId!, "4242424242424242");
  const session = await stripe.checkout.sessions.retrieve(pending.stripeCheckoutSessionId!);
  const lineIds = await db.$transaction((tx) => markOrderPaid(tx, session));
  if (deliver) for (const id of lineIds) assert.equal(await fulfilLine(id), "fulfilled");
  const order = await db.order.findUniqueOrThrow({ where: { id: pending.id }, include: { lines: true } });
  const assignments = await db.bundleAssignment.findMany({ where: { orderLineId: { in: order.lines.map((l) => l.id) } } });
  return { user, order, assignments, major: toMajorString(order.totalMinor, order.currency) };
}

const charge = (paymentIntentId: string) => [...stripeSandbox.state.charges.values()].find((c) => c.payment_intent === paymentIntentId)!;
let eventSeq = 0;
// What Stripe sends after any refund of the charge: the charge with its running refunded total.
const deliverChargeRefunded = (paymentIntentId: string) =>
  dispatchStripeEvent({
    id: `evt_money_${++eventSeq}`,
    object: "event",
    type: "charge.refunded",
    data: { object: { ...charge(paymentIntentId) } },
  } as unknown as Stripe.Event);

async function refundedInDatabase(orderId: string) {
  const rows = await db.refund.findMany({ where: { orderId, status: { in: ["pending", "succeeded"] } } });
  return {
    all: rows.reduce((s, r) => s + r.amountMinor, 0),
    card: rows.filter((r) => r.method === "card").reduce((s, r) => s + r.amountMinor, 0),
  };
}

test("finding 1: after a staff credit refund, the customer's remove-and-refund pays nothing more", async () => {
  const { user, order, assignments, major } = await paidOrder("double@example.com");
  const staff = await refundOrder(staffId, order.id, { amount: Number(major), method: "credit", reason: "Slow delivery" });
  assert.ok(staff.ok, staff.message);
  const removal = await removeBundle(user.id, assignments[0].id);
  assert.equal(removal?.status, "refused");
  assert.equal(removal!.message, "orderRefunded");
  assert.equal(charge(order.stripePaymentIntentId!).amount_refunded, 0, "nothing went back to the card");
  assert.equal(await creditBalance(user.id, "USD"), order.totalMinor, "the price went back once, as credit");
});

test("finding 2: four simultaneous staff credit refunds of one order give the price back once", async () => {
  const { user, order, major } = await paidOrder("race@example.com");
  const results = await Promise.all(
    [1, 2, 3, 4].map(() => refundOrder(staffId, order.id, { amount: Number(major), method: "credit", reason: "Goodwill" })),
  );
  assert.equal(results.filter((r) => r.ok).length, 1);
  for (const refused of results.filter((r) => !r.ok))
    assert.match(refused.message, /already been refunded in full|Nothing more can be refunded/);
  for (const r of results) assert.doesNotMatch(r.message, /-\$/, "no negative amounts in messages");
  assert.equal(await creditBalance(user.id, "USD"), order.totalMinor);
});

test("finding 12: charge.refunded in full stops lines still waiting, so a refunded order is never delivered", async () => {
  const { order } = await paidOrder("stripe-refund@example.com", 1, false);
  assert.equal(order.lines[0].fulfilmentStatus, "paid");
  await stripe.refunds.create({ payment_intent: order.stripePaymentIntentId! }); // refunded in Stripe's dashboard
  assert.equal((await deliverChargeRefunded(order.stripePaymentIntentId!)).status, "processed");
  const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
  assert.equal(after.status, "refunded");
  assert.equal(after.lines[0].fulfilmentStatus, "cancelled");
  assert.equal(await fulfilLine(after.lines[0].id), "not_claimed");
  const line = await db.orderLine.findUniqueOrThrow({ where: { id: after.lines[0].id }, include: { esims: true } });
  assert.equal(line.esims.length, 0, "no eSIM bought for a refunded order");
  assert.deepEqual(
    await refundedInDatabase(order.id),
    { all: order.totalMinor, card: order.totalMinor },
    "the dashboard refund is recorded once",
  );
});

test("finding 12: a staff credit is confirmed only by a second, different staff member", async () => {
  const { recordCredit, confirmCredit } = await import("../../lib/money/staff-credits");
  const customer = await db.user.create({ data: { email: "goodwill@example.com" } });
  assert.ok((await recordCredit(staffId, { email: customer.email!, amount: 5, reason: "Goodwill", orderId: null }, "USD")).ok);
  const entry = await db.creditEntry.findFirstOrThrow({ where: { userId: customer.id, status: "pending" } });
  const same = await confirmCredit(staffId, entry.id);
  assert.equal(same.ok, false);
  assert.equal(await creditBalance(customer.id, "USD"), 0);
  assert.ok((await confirmCredit(secondStaffId, entry.id)).ok);
  assert.equal(await creditBalance(customer.id, "USD"), 500);
});

test("10 concurrent refunds of every kind never give back more than was paid; the database refuses more too", async () => {
  const { user, order, assignments } = await paidOrder("mixed@example.com", 3);
  assert.equal(assignments.length, 3);
  const paid = order.totalMinor;
  const pi = order.stripePaymentIntentId!;
  const twoThirds = toMajorString(Math.round((paid * 2) / 3), "USD");
  const attempts: Array<() => Promise<unknown>> = [
    () => refundOrder(staffId, order.id, { amount: Number(twoThirds), method: "card", reason: "staff card" }),
    () => refundOrder(secondStaffId, order.id, { amount: Number(twoThirds), method: "card", reason: "staff card" }),
    () => refundOrder(staffId, order.id, { amount: Number(twoThirds), method: "credit", reason: "staff credit" }),
    () => refundOrder(secondStaffId, order.id, { amount: Number(twoThirds), method: "credit", reason: "staff credit" }),
    ...assignments.map((a) => () => removeBundle(user.id, a.id)),
    () => deliverChargeRefunded(pi),
    () => deliverChargeRefunded(pi),
    () => deliverChargeRefunded(pi),
  ];
  assert.equal(attempts.length, 10);
  await Promise.all(attempts.map((attempt) => attempt()));
  await deliverChargeRefunded(pi); // Stripe's notice of the last refund, after the race

  const cardBack = charge(pi).amount_refunded;
  const creditBack = await creditBalance(user.id, "USD");
  assert.ok(cardBack + creditBack <= paid, `gave back ${cardBack} to the card and ${creditBack} as credit on ${paid} paid`);
  assert.ok(cardBack + creditBack > 0, "the race did refund something");
  const recorded = await refundedInDatabase(order.id);
  assert.ok(recorded.all <= paid);
  assert.equal(recorded.card, cardBack, "every card refund is recorded once");

  const leftover = paid - recorded.all;
  await assert.rejects(
    db.refund.create({
      data: {
        orderId: order.id,
        amountMinor: leftover + 1,
        currency: "USD",
        method: "credit",
        reason: "a bug that skips lib/money",
        status: "succeeded",
      },
    }),
    /refund_bound/,
  );
});
