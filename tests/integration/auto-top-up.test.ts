// Automatic top-up against both sandboxes: a card saved through Checkout in setup mode, then
// concurrent reports of the same trigger buy one top-up (one charge), and the monthly cap stops
// the next one. When the usage callbacks are lost, the usage poll makes up for them.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startStoreSandboxes } from "../helpers/store-sandboxes";

const { stripe, stripeSandbox, ...store } = await startStoreSandboxes({ webhookSecret: "whsec_auto" });
const { db } = await import("../../lib/db");
const { fulfilLine } = await import("../../lib/fulfilment/fulfil-line");
const { configureAutoTopUp, adoptSavedCard } = await import("../../lib/auto-top-up/settings");
const { runAutoTopUp } = await import("../../lib/auto-top-up/run");
const { savedCardOf } = await import("../../lib/payments/saved-cards");
const { pollStaleUsage } = await import("../../lib/esims/usage/poll");
const { TEST_API_KEY } = await import("../helpers/sandbox");

const PLAN = "esim_1GB_7D_JP_V2";
let customer = { id: "", email: "auto@example.com" };

before(async () => {
  await store.prepare();
  customer = { id: (await db.user.create({ data: { email: customer.email } })).id, email: customer.email };
});
after(() => store.stop());

// An eSIM of the customer's, delivered by the eSIM Go sandbox.
async function ownedEsim() {
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: PLAN }, include: { prices: { where: { currency: "USD" } } } });
  const price = bundle.prices[0].retailMinor;
  const order = await db.order.create({
    data: {
      email: customer.email,
      userId: customer.id,
      status: "paid",
      paidAt: new Date(),
      currency: "USD",
      subtotalMinor: price,
      totalMinor: price,
      lines: {
        create: [
          {
            bundleId: bundle.id,
            bundleName: PLAN,
            quantity: 1,
            unitPriceMinor: price,
            wholesaleUnitMinor: bundle.wholesaleMinor,
            currency: "USD",
            fulfilmentStatus: "paid",
          },
        ],
      },
    },
    include: { lines: true },
  });
  assert.equal(await fulfilLine(order.lines[0].id), "fulfilled");
  const esim = await db.esim.findFirstOrThrow({ where: { originLine: { orderId: order.id } }, include: { assignments: true } });
  return { esim, assignmentId: esim.assignments[0].id, price };
}

// Turns automatic top-up on with a card saved on the sandbox's setup page (as the customer does).
async function turnOn(iccid: string, card: string, cap: number) {
  const setup = await configureAutoTopUp(
    customer,
    iccid,
    { bundle: PLAN, trigger: "used90", cap },
    { currency: "USD", locale: "en", changeCard: false },
  );
  assert.ok(setup.ok, setup.ok ? "" : setup.error);
  const page = await fetch(setup.url, { method: "POST", body: new URLSearchParams({ card, action: "pay" }), redirect: "manual" });
  assert.equal(page.status, 303);
  const sessionId = new URL(setup.url).pathname.split("/").pop()!;
  const saved = await savedCardOf(await stripe.checkout.sessions.retrieve(sessionId));
  assert.ok(saved);
  await db.$transaction((tx) => adoptSavedCard(tx, sessionId, saved));
  return db.autoTopUp.findFirstOrThrow({ where: { esim: { iccid } } });
}

test("concurrent reports of one trigger buy one top-up with one charge; the cap stops the next", async () => {
  const { esim, assignmentId, price } = await ownedEsim();
  const rule = await turnOn(esim.iccid, "4242424242424242", (price * 3) / 200); // room for one top-up, not two
  assert.equal(rule.status, "active");
  assert.equal(rule.cardLast4, "4242");

  assert.equal(await runAutoTopUp(esim.id, assignmentId, 0.85), "not-due");
  const intentsBefore = stripeSandbox.state.intents.size;
  const outcomes = await Promise.all(Array.from({ length: 5 }, () => runAutoTopUp(esim.id, assignmentId, 0.95)));
  assert.deepEqual(
    outcomes.filter((o) => o === "bought"),
    ["bought"],
    outcomes.join(","),
  );
  assert.equal(stripeSandbox.state.intents.size - intentsBefore, 1, "one off-session charge");
  const orders = await db.order.findMany({ where: { autoTopUpId: rule.id }, include: { lines: true } });
  assert.equal(orders.length, 1);
  assert.equal(orders[0].status, "paid");
  assert.equal(orders[0].lines[0].targetIccid, esim.iccid);

  // The next plan's trigger (another assignment) would go over the month's cap.
  assert.equal(await runAutoTopUp(esim.id, "another-assignment", 1), "over-cap");
  assert.equal(await db.order.count({ where: { autoTopUpId: rule.id } }), 1);
});

test("when eSIM Go's usage callbacks are lost, the usage poll sends the 80 % email and asks the rule, once", async () => {
  const { esim, assignmentId } = await ownedEsim();
  await turnOn(esim.iccid, "4242424242424242", 10_000);
  // 95 % of the gigabyte used abroad; the callback goes to an address nobody answers.
  const used = await fetch(new URL(`/__sandbox/esims/${esim.iccid}/use`, store.esimgoSandbox.baseUrl), {
    method: "POST",
    headers: { "X-API-Key": TEST_API_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ bytes: 950_000_000 }),
  });
  assert.equal(used.status, 200);
  await db.esim.update({ where: { id: esim.id }, data: { liveCheckedAt: new Date(Date.now() - 7 * 3600_000) } });
  await db.bundleAssignment.update({ where: { id: assignmentId }, data: { usageUpdatedAt: new Date(Date.now() - 7 * 3600_000) } });

  assert.ok((await pollStaleUsage()) >= 1);
  const emails = await db.emailOutbox.findMany({ where: { to: customer.email, kind: "usage-80" } });
  assert.deepEqual(
    emails.map((e) => e.dedupeKey),
    [`usage-80:${assignmentId}`],
  );
  const asked = () =>
    db.$queryRaw<
      Array<{ used: string }>
    >`SELECT data->>'used' AS used FROM pgboss.job WHERE name = 'auto-top-up' AND data->>'esimId' = ${esim.id}`;
  const jobs = await asked();
  assert.equal(jobs.length, 1);
  assert.ok(Number(jobs[0].used) >= 0.9, `used ${jobs[0].used}`);

  // The same figures heard again (the next poll) send nothing more.
  await db.esim.update({ where: { id: esim.id }, data: { liveCheckedAt: new Date(Date.now() - 7 * 3600_000) } });
  await db.bundleAssignment.update({ where: { id: assignmentId }, data: { usageUpdatedAt: new Date(Date.now() - 7 * 3600_000) } });
  await pollStaleUsage();
  assert.equal(await db.emailOutbox.count({ where: { to: customer.email, kind: "usage-80" } }), 1);
  assert.equal((await asked()).length, 1);
});
