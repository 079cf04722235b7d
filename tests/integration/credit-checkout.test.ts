// Store credit from the staff ledger to checkout: record → confirm → spend, partly (Stripe coupon)
// or wholly (no Stripe), never twice, and given back when the order is not paid.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startStoreSandboxes } from "../helpers/store-sandboxes";

const { stripe, ...store } = await startStoreSandboxes({ webhookSecret: "whsec_credit" });
const { db } = await import("../../lib/db");
const { startCheckout } = await import("../../lib/checkout/start-checkout");
const { creditBalance } = await import("../../lib/money/credit-ledger");
const { recordCredit, confirmCredit, reverseCredit, voidCredit } = await import("../../lib/money/staff-credits");
const { markOrderUnpaid } = await import("../../lib/payments/order-payment");

let staffId = "";
let secondStaffId = "";

before(async () => {
  await store.prepare();
  staffId = (await db.user.create({ data: { email: "staff@store.test", role: "staff" } })).id;
  secondStaffId = (await db.user.create({ data: { email: "staff2@store.test", role: "staff" } })).id;
});
after(() => store.stop());

async function customerWithCredit(email: string, amount: string) {
  const user = await db.user.create({ data: { email } });
  const recorded = await recordCredit(
    staffId,
    { email, amount: Number(amount), reason: "Sorry for the slow delivery", orderId: null },
    "USD",
  );
  assert.ok(recorded.ok);
  assert.equal(await creditBalance(user.id, "USD"), 0, "a recorded credit counts only once confirmed");
  const entry = await db.creditEntry.findFirstOrThrow({ where: { userId: user.id, status: "pending" } });
  assert.equal((await confirmCredit(staffId, entry.id)).ok, false, "finding 12: whoever recorded a credit cannot confirm it");
  assert.ok((await confirmCredit(secondStaffId, entry.id)).ok);
  assert.equal((await confirmCredit(secondStaffId, entry.id)).ok, false, "confirmed once");
  return { user, entry };
}

const plan = (name: string) => db.bundle.findUniqueOrThrow({ where: { name } });

test("credit that covers the order pays it: no Stripe session, lines paid, balance reduced", async () => {
  const { user } = await customerWithCredit("full@example.com", "100");
  const bundle = await plan("esim_1GB_7D_JP_V2");
  const result = await startCheckout(
    { email: user.email, items: [{ bundle: bundle.name, quantity: 1 }], useCredit: true },
    { userId: user.id },
  );
  assert.ok(result.ok);
  assert.match(result.url, new RegExp(`^/en/order/${result.orderId}\\?token=`));
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { lines: true } });
  assert.equal(order.status, "paid");
  assert.equal(order.stripeCheckoutSessionId, null);
  assert.equal(order.creditAppliedMinor, bundle.retailMinor);
  assert.equal(order.totalMinor, 0);
  const queued = await db.$queryRaw<
    Array<{ lineId: string }>
  >`SELECT data->>'lineId' AS "lineId" FROM pgboss.job WHERE name = 'fulfil-line'`;
  assert.deepEqual(
    queued.map((j) => j.lineId),
    order.lines.map((l) => l.id),
    "fulfilment started for the paid lines",
  );
  assert.equal(order.lines[0].fulfilmentStatus, "paid");
  assert.equal(await creditBalance(user.id, "USD"), 10_000 - bundle.retailMinor!);
});

test("credit smaller than the order becomes a Stripe coupon; the card pays the rest", async () => {
  const { user } = await customerWithCredit("partial@example.com", "2.00");
  const bundle = await plan("esim_10GB_30D_JP_V2");
  const result = await startCheckout(
    { email: user.email, items: [{ bundle: bundle.name, quantity: 1 }], useCredit: true },
    { userId: user.id },
  );
  assert.ok(result.ok);
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  assert.equal(order.creditAppliedMinor, 200);
  assert.equal(order.totalMinor, bundle.retailMinor! - 200);
  const session = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId!);
  assert.equal(session.amount_subtotal, bundle.retailMinor);
  assert.equal(session.amount_total, order.totalMinor, "Stripe charges what the store expects");
  assert.equal(session.total_details?.amount_discount, 200);
  assert.equal(await creditBalance(user.id, "USD"), 0);

  // Not paid: the credit comes back, once.
  await db.$transaction((tx) => markOrderUnpaid(tx, session, "expired"));
  await db.$transaction((tx) => markOrderUnpaid(tx, session, "expired"));
  assert.equal(await creditBalance(user.id, "USD"), 200);
});

test("credit is applied only when the customer asks, and never to guests", async () => {
  const { user } = await customerWithCredit("optout@example.com", "50");
  const bundle = await plan("esim_1GB_7D_JP_V2");
  const declined = await startCheckout(
    { email: user.email, items: [{ bundle: bundle.name, quantity: 1 }], useCredit: false },
    { userId: user.id },
  );
  assert.ok(declined.ok);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: declined.orderId } })).creditAppliedMinor, 0);
  const guest = await startCheckout(
    { email: user.email, items: [{ bundle: bundle.name, quantity: 1 }], useCredit: true },
    { userId: null },
  );
  assert.ok(guest.ok);
  assert.equal((await db.order.findUniqueOrThrow({ where: { id: guest.orderId } })).creditAppliedMinor, 0);
  assert.equal(await creditBalance(user.id, "USD"), 5_000);
});

test("two checkouts at once cannot spend the same credit", async () => {
  const bundle = await plan("esim_1GB_7D_JP_V2");
  const { user } = await customerWithCredit("race@example.com", (bundle.retailMinor! / 100).toFixed(2));
  const results = await Promise.all(
    [1, 2, 3].map(() =>
      startCheckout({ email: user.email, items: [{ bundle: bundle.name, quantity: 1 }], useCredit: true }, { userId: user.id }),
    ),
  );
  const orders = await db.order.findMany({ where: { id: { in: results.map((r) => (r.ok ? r.orderId : "")) } } });
  assert.equal(orders.filter((o) => o.totalMinor === 0).length, 1, "exactly one order is paid by credit");
  assert.equal(
    orders.reduce((s, o) => s + o.creditAppliedMinor, 0),
    bundle.retailMinor,
  );
  assert.equal(await creditBalance(user.id, "USD"), 0);
});

test("staff reverse an unspent credit with a reason, void a pending one, and cannot reverse spent credit", async () => {
  const { user, entry } = await customerWithCredit("reverse@example.com", "5");
  assert.ok((await reverseCredit(staffId, entry.id, "Issued by mistake")).ok);
  assert.equal(await creditBalance(user.id, "USD"), 0);
  assert.equal((await reverseCredit(staffId, entry.id, "again")).ok, false, "reversed once");

  const spent = await customerWithCredit("spent@example.com", "1.00");
  const bundle = await plan("esim_1GB_7D_JP_V2");
  await startCheckout(
    { email: "spent@example.com", items: [{ bundle: bundle.name, quantity: 1 }], useCredit: true },
    { userId: spent.user.id },
  );
  const refused = await reverseCredit(staffId, spent.entry.id, "too late");
  assert.equal(refused.ok, false);
  assert.equal(await creditBalance(spent.user.id, "USD"), 0, "nothing changed");

  await recordCredit(staffId, { email: "reverse@example.com", amount: 3, reason: "Goodwill", orderId: null }, "USD");
  const pending = await db.creditEntry.findFirstOrThrow({ where: { userId: user.id, status: "pending" } });
  assert.ok((await voidCredit(staffId, pending.id, "wrong customer")).ok);
  assert.equal((await confirmCredit(secondStaffId, pending.id)).ok, false, "a voided credit cannot be confirmed");
  assert.equal(await creditBalance(user.id, "USD"), 0);
  const actions = (await db.auditLog.findMany({ where: { actorId: { in: [staffId, secondStaffId] } } })).map((a) => a.action);
  for (const action of ["credit_recorded", "credit_confirmed", "credit_reversed", "credit_voided"])
    assert.ok(actions.includes(action), action);
});

test("recording credit for an unknown customer or someone else's order is refused", async () => {
  assert.equal(
    (await recordCredit(staffId, { email: "nobody@example.com", amount: 5, reason: "Goodwill", orderId: null }, "USD")).ok,
    false,
  );
  const other = await db.user.create({ data: { email: "other@example.com" } });
  const order = await db.order.create({ data: { email: "x@example.com", currency: "USD", subtotalMinor: 1, totalMinor: 1 } });
  assert.equal((await recordCredit(staffId, { email: other.email!, amount: 5, reason: "Goodwill", orderId: order.id }, "USD")).ok, false);
});
