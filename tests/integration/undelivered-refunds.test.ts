// A paid line with no eSIM after the window (70 minutes) is refunded automatically, exactly once,
// even when several sweeps run at the same moment; younger lines and lines eSIM Go has an order
// for are left alone, and a refunded line is never delivered afterwards.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startStoreSandboxes } from "../helpers/store-sandboxes";

const { stripeSandbox, stripe, ...store } = await startStoreSandboxes({
  webhookSecret: "whsec_undelivered",
  webhookBaseDelayMs: 3_600_000,
});
const { db } = await import("../../lib/db");
const { startCheckout } = await import("../../lib/checkout/start-checkout");
const { markOrderPaid } = await import("../../lib/payments/order-payment");
const { fulfilLine } = await import("../../lib/fulfilment/fulfil-line");
const { refundUndeliveredLines } = await import("../../lib/fulfilment/undelivered-refunds");

const MINUTE = 60_000;

before(async () => {
  await store.prepare();
});
after(() => store.stop());

// A paid order whose only line is still waiting for its eSIM (eSIM Go kept failing), paid
// `minutesAgo` minutes ago.
async function waitingLine(email: string, minutesAgo: number) {
  const started = await startCheckout({ email, items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }], locale: "de" }, { userId: null });
  assert.ok(started.ok);
  const pending = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  stripeSandbox.pay(pending.stripeCheckoutSessionId!, "4242424242424242");
  const session = await stripe.checkout.sessions.retrieve(pending.stripeCheckoutSessionId!);
  const [lineId] = await db.$transaction((tx) => markOrderPaid(tx, session));
  await db.order.update({ where: { id: pending.id }, data: { paidAt: new Date(Date.now() - minutesAgo * MINUTE) } });
  await db.orderLine.update({
    where: { id: lineId },
    data: { fulfilmentStatus: "esim_pending", attempts: 3, lastError: "eSIM Go is failing (503)", nextAttemptAt: new Date() },
  });
  return { lineId, order: await db.order.findUniqueOrThrow({ where: { id: pending.id } }) };
}

test("a line with no eSIM after 70 minutes is refunded once, under five concurrent sweeps, and never delivered later", async () => {
  const late = await waitingLine("late@example.com", 71);
  const young = await waitingLine("young@example.com", 30);
  const ordered = await waitingLine("ordered@example.com", 90);
  await db.orderLine.update({ where: { id: ordered.lineId }, data: { esimgoOrderReference: "ref-being-adopted" } });

  const counts = await Promise.all(Array.from({ length: 5 }, () => refundUndeliveredLines()));
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    1,
    "exactly one sweep refunded the line",
  );

  const refunds = await db.refund.findMany({ where: { orderId: late.order.id } });
  assert.equal(refunds.length, 1);
  assert.deepEqual(
    { amount: refunds[0].amountMinor, method: refunds[0].method, status: refunds[0].status, line: refunds[0].orderLineId },
    { amount: late.order.totalMinor, method: "card", status: "succeeded", line: late.lineId },
  );
  const charge = [...stripeSandbox.state.charges.values()].find((c) => c.payment_intent === late.order.stripePaymentIntentId)!;
  assert.equal(charge.amount_refunded, late.order.totalMinor, "Stripe refunded the line once");
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: late.order.id } })).status, "refunded");
  assert.equal((await db.orderLine.findUniqueOrThrow({ where: { id: late.lineId } })).fulfilmentStatus, "cancelled");

  const mail = await db.emailOutbox.findMany({ where: { to: "late@example.com", kind: "undelivered-refund" } });
  assert.equal(mail.length, 1, "the customer is told once");
  assert.match(mail[0].subject, /erstattet/, "in the language they bought in");
  assert.match(mail[0].text, /auf Ihre Karte/);

  assert.equal(await fulfilLine(late.lineId), "not_claimed", "a refunded line is not delivered afterwards");
  assert.equal(await db.esim.count({ where: { originLineId: late.lineId } }), 0);

  for (const untouched of [young, ordered]) {
    assert.equal(await db.refund.count({ where: { orderId: untouched.order.id } }), 0);
    assert.equal((await db.orderLine.findUniqueOrThrow({ where: { id: untouched.lineId } })).fulfilmentStatus, "esim_pending");
  }
  assert.equal(await refundUndeliveredLines(), 0, "a later sweep finds nothing more to refund");
});
