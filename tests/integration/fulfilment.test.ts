// Fulfilment against the eSIM Go sandbox and real PostgreSQL, with eSIM Go failing in the ways it
// can: every paid line ends fulfilled with exactly one eSIM Go order, whatever happens.
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient } from "../helpers/sandbox";

process.env.FULFILMENT_RETRY_BASE_MS = "0"; // a failed attempt is due again at once: no waiting in tests
const database = await createTestDatabase();
const { db } = await import("../../lib/db");
const { startBoss } = await import("../../lib/jobs/boss");
const { syncCatalogue } = await import("../../lib/catalogue/sync");
const { fulfilLine } = await import("../../lib/fulfilment/fulfil-line");
const { dueLines } = await import("../../lib/fulfilment/sweep");
const { createEsimGoClient } = await import("../../lib/esimgo/client");
const { recordProviderCall } = await import("../../lib/esimgo/index");

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
let client: ReturnType<typeof createEsimGoClient>;

before(async () => {
  await (await startBoss(database.url)).stop({ graceful: false });
  sandbox = await startTestSandbox({ balance: 1_000_000 });
  client = createEsimGoClient({
    baseUrl: sandbox.baseUrl,
    apiKey: "test_esimgo_key_0123456789",
    timeoutMs: 2000,
    maxRps: 1000,
    getRetries: 3,
    recordCall: recordProviderCall,
  });
  await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
});
beforeEach(() => sandbox.setFaults({}));
after(async () => {
  await sandbox.stop();
  await database.drop();
});

async function paidOrder(bundleName: string, opts: { quantity?: number; targetIccid?: string; email?: string; tenantId?: string } = {}) {
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: bundleName } });
  const order = await db.order.create({
    data: {
      tenantId: opts.tenantId,
      email: opts.email ?? `buyer-${Math.random().toString(36).slice(2)}@example.com`,
      status: "paid",
      paidAt: new Date(),
      currency: "USD",
      subtotalMinor: bundle.retailMinor!,
      totalMinor: bundle.retailMinor!,
      lines: {
        create: [
          {
            bundleId: bundle.id,
            bundleName,
            kind: opts.targetIccid ? "topup" : "new_esim",
            targetIccid: opts.targetIccid,
            quantity: opts.quantity ?? 1,
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
  return order.lines[0];
}

// Two workers race over every due line until nothing is due (each round is one attempt per line).
async function runWorkersUntilIdle(maxRounds = 40) {
  for (let round = 0; round < maxRounds; round++) {
    const due = await dueLines();
    if (due.length === 0) return;
    await Promise.all(due.flatMap((id) => [fulfilLine(id, client), fulfilLine(id, client)]));
  }
  throw new Error("fulfilment did not settle");
}

async function assertExactlyOneOrderPerLine(lineIds: string[]) {
  const lines = await db.orderLine.findMany({ where: { id: { in: lineIds } }, include: { esims: true } });
  for (const line of lines) {
    assert.equal(line.fulfilmentStatus, "fulfilled", `line ${line.id}: ${line.lastError}`);
    assert.equal(line.esims.length, line.quantity);
    const placed = sandbox.world.state.orders.filter((o) =>
      o.order.some((i) => i.iccids.some((iccid) => line.esims.some((e) => e.iccid === iccid))),
    );
    assert.equal(placed.length, 1, `line ${line.id} has ${placed.length} eSIM Go orders`);
    assert.equal(placed[0].orderReference, line.esimgoOrderReference);
  }
}

test("a reseller's line is bought with its branding profile and its eSIM is the reseller's; the operator's with none", async () => {
  await db.tenant.create({
    data: { id: "t_nomadic", slug: "nomadic", name: "Nomadic", hosts: ["nomadic.localhost:3000"], profileId: "nomadic-profile" },
  });
  const resold = await paidOrder("esim_1GB_7D_JP_V2", { tenantId: "t_nomadic" });
  const own = await paidOrder("esim_1GB_7D_JP_V2");
  assert.equal(await fulfilLine(resold.id, client), "fulfilled");
  assert.equal(await fulfilLine(own.id, client), "fulfilled");
  const placed = async (lineId: string) => {
    const { esimgoOrderReference } = await db.orderLine.findUniqueOrThrow({ where: { id: lineId } });
    return sandbox.world.state.orders.find((o) => o.orderReference === esimgoOrderReference)!;
  };
  assert.equal((await placed(resold.id)).profileID, "nomadic-profile");
  assert.equal((await placed(own.id)).profileID, undefined);
  const esim = await db.esim.findFirstOrThrow({ where: { originLineId: resold.id } });
  assert.equal(esim.tenantId, "t_nomadic");
});

test("a paid line is fulfilled: eSIM, install data and bundle assignment stored, email queued, calls logged", async () => {
  const line = await paidOrder("esim_1GB_7D_JP_V2");
  assert.equal(await fulfilLine(line.id, client), "fulfilled");
  const stored = await db.orderLine.findUniqueOrThrow({
    where: { id: line.id },
    include: { esims: { include: { assignments: true } }, order: true },
  });
  assert.equal(stored.order.status, "fulfilled");
  const [esim] = stored.esims;
  const issued = sandbox.world.state.esims[esim.iccid];
  assert.equal(esim.matchingId, issued.matchingId);
  assert.equal(esim.smdpAddress, issued.smdpAddress);
  assert.match(esim.appleInstallUrl ?? "", /^https:\/\/esimsetup\.apple\.com\//);
  assert.equal(esim.assignments[0].initialBytes, 1_000_000_000n);
  assert.equal(esim.assignments[0].assignmentId, issued.assignments[0].id);
  const email = await db.emailOutbox.findUniqueOrThrow({ where: { dedupeKey: `activation:${stored.orderId}` } });
  assert.ok(email.text.includes(`LPA:1$${issued.smdpAddress}$${issued.matchingId}`));
  const calls = await db.providerCall.findMany({ where: { orderLineId: line.id } });
  assert.ok(calls.some((c) => c.method === "POST" && c.path === "/orders"));
  assert.equal(JSON.stringify(calls).includes(issued.matchingId), false, "the call log never holds the activation code");
});

test("two workers racing for one line: one claims it, one eSIM Go order", async () => {
  const line = await paidOrder("esim_2GB_15D_FR_V2");
  const outcomes = await Promise.all([fulfilLine(line.id, client), fulfilLine(line.id, client), fulfilLine(line.id, client)]);
  assert.deepEqual(outcomes.sort(), ["fulfilled", "not_claimed", "not_claimed"]);
  await assertExactlyOneOrderPerLine([line.id]);
});

test("with 30 % of eSIM Go calls failing (5xx), every line ends fulfilled with exactly one order", async () => {
  const lines = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      paidOrder(i % 2 ? "esim_1GB_7D_GB_V2" : "esim_3GB_30D_TH_V2", { quantity: 1 + (i % 3 === 0 ? 1 : 0) }),
    ),
  );
  sandbox.setFaults({ errorRate: 0.3 });
  await runWorkersUntilIdle();
  sandbox.setFaults({});
  await assertExactlyOneOrderPerLine(lines.map((l) => l.id));
});

test("with answers lost after eSIM Go processed the order, every line ends fulfilled with exactly one order", async () => {
  const lines = await Promise.all(Array.from({ length: 20 }, () => paidOrder("esim_5GB_30D_MX_V2")));
  sandbox.setFaults({ lostResponseRate: 0.5, pathPattern: "^/orders$" });
  await runWorkersUntilIdle();
  sandbox.setFaults({});
  await assertExactlyOneOrderPerLine(lines.map((l) => l.id));
  const ambiguous = await db.providerCall.count({ where: { orderLineId: { in: lines.map((l) => l.id) }, outcome: "ambiguous" } });
  assert.ok(ambiguous > 0, "the fault really happened");
});

test("a worker that died after buying: the next attempt adopts eSIM Go's order instead of buying again", async () => {
  const line = await paidOrder("esim_1GB_7D_ES_V2");
  const bought = await client.placeOrder([{ bundle: line.bundleName, quantity: 1 }]); // the dead worker's purchase
  await db.orderLine.update({
    where: { id: line.id },
    data: {
      fulfilmentStatus: "provisioning",
      claimedAt: new Date(Date.now() - 10 * 60_000),
      claimToken: "dead-worker",
      transactionStartedAt: new Date(Date.now() - 60_000),
    },
  });
  const ordersBefore = sandbox.world.state.orders.length;
  assert.deepEqual(await dueLines(), [line.id], "the sweep finds the abandoned line");
  assert.equal(await fulfilLine(line.id, client), "fulfilled");
  assert.equal(sandbox.world.state.orders.length, ordersBefore);
  assert.equal((await db.orderLine.findUniqueOrThrow({ where: { id: line.id } })).esimgoOrderReference, bought.orderReference);
});

test("a top-up lands on the customer's ICCID; an incompatible one fails clearly without a new eSIM", async () => {
  const first = await paidOrder("esim_1GB_7D_PT_V2", { email: "traveller@example.com" });
  await fulfilLine(first.id, client);
  const esim = await db.esim.findFirstOrThrow({ where: { originLineId: first.id } });

  const topup = await paidOrder("esim_3GB_30D_PT_V2", { targetIccid: esim.iccid, email: "traveller@example.com" });
  assert.equal(await fulfilLine(topup.id, client), "fulfilled");
  assert.equal(await db.bundleAssignment.count({ where: { esimId: esim.id } }), 2);
  assert.equal(await db.esim.count({ where: { ownerEmail: "traveller@example.com" } }), 1);

  const esimsBefore = Object.keys(sandbox.world.state.esims).length;
  const incompatible = await paidOrder("esim_ULP_7D_PT_V2", { targetIccid: esim.iccid });
  assert.equal(await fulfilLine(incompatible.id, client), "failed");
  const failed = await db.orderLine.findUniqueOrThrow({ where: { id: incompatible.id } });
  assert.equal(failed.fulfilmentStatus, "esim_failed");
  assert.match(failed.lastError ?? "", /not compatible/);
  assert.equal(Object.keys(sandbox.world.state.esims).length, esimsBefore, "no new eSIM was bought");
});

test("an unavailable eSIM Go leaves a visible, retryable state, never a silent loss", async () => {
  const line = await paidOrder("esim_1GB_7D_NL_V2");
  sandbox.setFaults({ errorRate: 1 });
  assert.equal(await fulfilLine(line.id, client), "retry_scheduled");
  const pending = await db.orderLine.findUniqueOrThrow({ where: { id: line.id } });
  assert.equal(pending.fulfilmentStatus, "esim_pending");
  assert.match(pending.lastError ?? "", /eSIM Go is failing \(500\)/);
  assert.ok(pending.nextAttemptAt);
  sandbox.setFaults({});
  await runWorkersUntilIdle();
  await assertExactlyOneOrderPerLine([line.id]);
});
