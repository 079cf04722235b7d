// Removing a bundle: eligibility in plain words, store credit as the refund method, staff approval
// above the threshold, and no way to refund twice.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient, TEST_API_KEY } from "../helpers/sandbox";

const database = await createTestDatabase();
const sandbox = await startTestSandbox();
Object.assign(process.env, {
  ESIMGO_BASE_URL: sandbox.baseUrl,
  ESIMGO_API_KEY: TEST_API_KEY,
  REFUND_METHOD: "credit",
  REFUND_APPROVAL_ABOVE_MINOR: "2000",
});
const { db } = await import("../../lib/db");
const { startBoss } = await import("../../lib/jobs/boss");
const { syncCatalogue } = await import("../../lib/catalogue/sync");
const { fulfilLine } = await import("../../lib/fulfilment/fulfil-line");
const { loadRemoval, removeBundle } = await import("../../lib/esims/bundle-removal");
const { creditBalance } = await import("../../lib/money/credit-ledger");

let userId = "";
before(async () => {
  await (await startBoss(database.url)).stop({ graceful: false });
  await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
  userId = (await db.user.create({ data: { email: "owner@example.com", emailVerified: new Date() } })).id;
});
after(async () => {
  await sandbox.stop();
  await database.drop();
});

async function ownedBundle(bundleName: string) {
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: bundleName } });
  const order = await db.order.create({
    data: {
      email: "owner@example.com",
      userId,
      status: "paid",
      paidAt: new Date(),
      currency: "USD",
      subtotalMinor: bundle.retailMinor!,
      totalMinor: bundle.retailMinor!,
      stripePaymentIntentId: "pi_test_owned",
      lines: {
        create: [
          {
            bundleId: bundle.id,
            bundleName,
            quantity: 1,
            unitPriceMinor: bundle.retailMinor!,
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
  return {
    assignment: await db.bundleAssignment.findFirstOrThrow({ where: { orderLineId: order.lines[0].id }, include: { esim: true } }),
    price: bundle.retailMinor!,
  };
}

test("an unused bundle below the threshold is revoked at eSIM Go and refunded as store credit, once", async () => {
  const { assignment, price } = await ownedBundle("esim_1GB_7D_JP_V2");
  assert.ok(price <= 2000);
  const balanceBefore = sandbox.world.state.organisation.balance;
  const result = await removeBundle(userId, assignment.id);
  assert.equal(result?.status, "credited");
  assert.equal(await creditBalance(userId, "USD"), price);
  assert.equal((await db.bundleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).state, "revoked");
  assert.ok(sandbox.world.state.organisation.balance > balanceBefore, "eSIM Go refunded the wholesale price to the balance");
  const again = await removeBundle(userId, assignment.id);
  assert.deepEqual(again, { status: "refused", message: "alreadyRemoved", params: undefined });
  assert.equal(await creditBalance(userId, "USD"), price, "no second refund");
});

test("a bundle above the threshold waits for staff approval and changes nothing yet", async () => {
  const { assignment, price } = await ownedBundle("esim_50GB_90D_JP_V2");
  assert.ok(price > 2000);
  const result = await removeBundle(userId, assignment.id);
  assert.equal(result?.status, "awaiting_approval");
  const request = await db.moderationRequest.findFirstOrThrow({ where: { assignmentId: assignment.id } });
  assert.equal(request.status, "pending");
  assert.equal(request.amountMinor, price);
  assert.equal((await db.bundleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).state, "queued");
  const verdict = await loadRemoval(userId, assignment.id);
  assert.deepEqual(verdict?.eligibility, {
    eligible: false,
    reason: "awaitingApproval",
  });
});

test("a started bundle, an old purchase and another customer's bundle are refused (or not found)", async () => {
  const { assignment } = await ownedBundle("esim_2GB_15D_JP_V2");
  sandbox.notifier.use(assignment.esim.iccid, 10_000_000); // eSIM Go starts the bundle; the store has not heard yet
  const started = await loadRemoval(userId, assignment.id);
  assert.equal(started?.eligibility.eligible, false);
  assert.equal((started?.eligibility as { reason: string }).reason, "providerRefuses");

  const { assignment: old } = await ownedBundle("esim_3GB_30D_JP_V2");
  await db.orderLine.update({ where: { id: old.orderLineId! }, data: { fulfilledAt: new Date(Date.now() - 61 * 86_400_000) } });
  const tooLate = (await loadRemoval(userId, old.id))?.eligibility as { reason: string; params?: Record<string, string | number> };
  assert.equal(tooLate.reason, "windowPassed");
  assert.equal(tooLate.params?.days, 60);

  const stranger = await db.user.create({ data: { email: "stranger@example.com" } });
  assert.equal(await loadRemoval(stranger.id, old.id), null);
  assert.equal(await removeBundle(stranger.id, old.id), null);
});

test("staff approve a waiting request once: the plan is removed, refunded and the customer told; a rejection changes nothing", async () => {
  const { decide } = await import("../../lib/admin/moderation");
  const staff = await db.user.create({ data: { email: "staff@example.test", role: "staff" } });
  const request = await db.moderationRequest.findFirstOrThrow({ where: { status: "pending" } });
  const balanceBefore = await creditBalance(userId, "USD");
  const outcome = await decide(staff.id, request.id, true, "ok");
  assert.match(outcome, /removed/);
  assert.equal(await creditBalance(userId, "USD"), balanceBefore + request.amountMinor);
  assert.equal((await db.bundleAssignment.findUniqueOrThrow({ where: { id: request.assignmentId! } })).state, "revoked");
  assert.equal(await decide(staff.id, request.id, true, "again"), "This request was already decided.");
  assert.equal(await creditBalance(userId, "USD"), balanceBefore + request.amountMinor, "approved twice, refunded once");
  assert.equal(await db.emailOutbox.count({ where: { kind: "moderation-decision", to: "owner@example.com" } }), 1);
  assert.equal(await db.auditLog.count({ where: { targetId: request.id, action: "approve_request", actorId: staff.id } }), 1);

  const { assignment } = await ownedBundle("esim_20GB_30D_JP_V2");
  assert.equal((await removeBundle(userId, assignment.id))?.status, "awaiting_approval");
  const second = await db.moderationRequest.findFirstOrThrow({ where: { assignmentId: assignment.id } });
  assert.match(await decide(staff.id, second.id, false, "This plan was used in our records"), /declined: This plan was used/);
  assert.equal((await db.bundleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).state, "queued");
});
