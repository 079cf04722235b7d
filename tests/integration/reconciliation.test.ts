// Reconciliation against real PostgreSQL and both sandboxes: a lost Stripe webhook, a payment
// with no order, an eSIM Go order nobody links to and a paid line without an eSIM are each found,
// and each one-click fix leaves things consistent (and the list empty).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startStoreSandboxes } from "../helpers/store-sandboxes";

// Webhooks go nowhere: every payment's webhook is "lost".
const { stripeSandbox, stripe, ...store } = await startStoreSandboxes({
  webhookSecret: "whsec_lost",
  webhookBaseDelayMs: 3_600_000,
});
const { db } = await import("../../lib/db");
const { startCheckout } = await import("../../lib/checkout/start-checkout");
const { esimgo } = await import("../../lib/esimgo");
const { paidLinesWithoutEsim, paymentsWithoutOrder, unlinkedEsimGoOrders } = await import("../../lib/admin/reconciliation");
const { recordLostPayment, refundOrphanPayment, retryLine } = await import("../../lib/admin/reconciliation-fixes");

let staffId = "";

before(async () => {
  await store.prepare();
  staffId = (await db.user.create({ data: { email: "staff@store.test", role: "staff" } })).id;
});
after(() => store.stop());

test("a paid session whose webhook was lost is found and recorded as paid, once", async () => {
  const result = await startCheckout(
    { email: "lost@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }] },
    { userId: null },
  );
  assert.ok(result.ok);
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  stripeSandbox.pay(order.stripeCheckoutSessionId!, "4242424242424242");
  const found = (await paymentsWithoutOrder()).find((p) => p.sessionId === order.stripeCheckoutSessionId);
  assert.equal(found?.fix, "record_payment");
  assert.equal(found?.orderId, order.id);

  const fix = await recordLostPayment(staffId, order.stripeCheckoutSessionId!);
  assert.ok(fix.ok, fix.message);
  const paid = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
  assert.equal(paid.status, "paid");
  assert.equal(paid.lines[0].fulfilmentStatus, "paid");
  assert.equal((await recordLostPayment(staffId, order.stripeCheckoutSessionId!)).ok, false, "recorded once");
  assert.ok(!(await paymentsWithoutOrder()).some((p) => p.sessionId === order.stripeCheckoutSessionId));
});

test("a payment with no order is refunded in full, once", async () => {
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    success_url: "http://store.test/x",
    metadata: { orderId: "cnotanorderatall0000000000" },
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 700, product_data: { name: "Stray" } } }],
  });
  stripeSandbox.pay(session.id, "4242424242424242");
  const found = (await paymentsWithoutOrder()).find((p) => p.sessionId === session.id);
  assert.equal(found?.fix, "refund");
  assert.equal(found?.amountMinor, 700);
  assert.ok((await refundOrphanPayment(staffId, session.id)).ok);
  const charge = [...stripeSandbox.state.charges.values()].find(
    (c) => c.payment_intent === stripeSandbox.state.sessions.get(session.id)!.payment_intent,
  )!;
  assert.equal(charge.amount_refunded, 700);
  assert.ok(!(await paymentsWithoutOrder()).some((p) => p.sessionId === session.id), "no longer listed");
});

test("an eSIM Go order no line points at is listed, and offered to a line that waits for it", async () => {
  const placed = await esimgo().placeOrder([{ bundle: "esim_3GB_30D_FR_V2", quantity: 1 }]);
  let listed = (await unlinkedEsimGoOrders()).find((o) => o.reference === placed.orderReference);
  assert.ok(listed);
  assert.equal(listed.waitingLine, null, "nothing waits for it: no fix offered");

  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: "esim_3GB_30D_FR_V2" } });
  const order = await db.order.create({
    data: {
      email: "ambiguous@example.com",
      currency: "USD",
      subtotalMinor: 1,
      totalMinor: 1,
      status: "paid",
      paidAt: new Date(Date.now() - 3_600_000),
      lines: {
        create: {
          bundleId: bundle.id,
          bundleName: bundle.name,
          quantity: 1,
          unitPriceMinor: 1,
          wholesaleUnitMinor: 1,
          currency: "USD",
          fulfilmentStatus: "esim_failed",
          transactionStartedAt: new Date(Date.now() - 60_000),
          lastError: "eSIM Go did not answer",
        },
      },
    },
    include: { lines: true },
  });
  listed = (await unlinkedEsimGoOrders()).find((o) => o.reference === placed.orderReference);
  assert.deepEqual(listed?.waitingLine, { lineId: order.lines[0].id, orderId: order.id });
  assert.ok(
    (await paidLinesWithoutEsim()).some((l) => l.lineId === order.lines[0].id),
    "also a paid line without an eSIM",
  );

  const fix = await retryLine(staffId, order.lines[0].id);
  assert.ok(fix.ok);
  assert.equal(
    (await db.orderLine.findUniqueOrThrow({ where: { id: order.lines[0].id } })).fulfilmentStatus,
    "paid",
    "queued again, the lost order is found before buying",
  );
});
