// The eSIM Go callback endpoint, called as Next.js would call it, against real PostgreSQL.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, test } from "node:test";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient, TEST_API_KEY } from "../helpers/sandbox";

const V2_TOKEN = "v2-callback-token-0123456789abcdef";
const database = await createTestDatabase();
const sandbox = await startTestSandbox();
Object.assign(process.env, { ESIMGO_BASE_URL: sandbox.baseUrl, ESIMGO_API_KEY: TEST_API_KEY, ESIMGO_CALLBACK_V2_TOKEN: V2_TOKEN });
const { db } = await import("../../lib/db");
const { startBoss } = await import("../../lib/jobs/boss");
const { syncCatalogue } = await import("../../lib/catalogue/sync");
const { fulfilLine } = await import("../../lib/fulfilment/fulfil-line");
const { POST } = await import("../../app/api/esimgo/callback/route");

let esim: { id: string; iccid: string };
let assignment: { id: string; assignmentId: string | null; reference: string | null };

before(async () => {
  await (await startBoss(database.url)).stop({ graceful: false });
  await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: "esim_1GB_7D_JP_V2" } });
  const order = await db.order.create({
    data: {
      email: "traveller@example.com",
      status: "paid",
      currency: "USD",
      subtotalMinor: 499,
      totalMinor: 499,
      lines: {
        create: [
          {
            bundleId: bundle.id,
            bundleName: bundle.name,
            quantity: 1,
            unitPriceMinor: 499,
            wholesaleUnitMinor: bundle.wholesaleMinor,
            currency: "USD",
            fulfilmentStatus: "paid",
          },
        ],
      },
    },
    include: { lines: true },
  });
  await fulfilLine(order.lines[0].id);
  esim = await db.esim.findFirstOrThrow({ where: { originLineId: order.lines[0].id } });
  assignment = await db.bundleAssignment.findFirstOrThrow({ where: { esimId: esim.id } });
});
after(async () => {
  await sandbox.stop();
  await database.drop();
});

const sign = (body: string, key = TEST_API_KEY, encoding: "base64" | "hex" = "base64") =>
  createHmac("sha256", key).update(body).digest(encoding);
const usage = (remaining: number, alertType = "Utilisation", extra: object = {}) =>
  JSON.stringify({
    iccid: esim.iccid,
    alertType,
    bundle: {
      id: assignment.assignmentId,
      reference: assignment.reference,
      name: "esim_1GB_7D_JP_V2",
      description: "eSIM, 1GB, 7 Days, Japan, V2",
      initialQuantity: 1_000_000_000,
      remainingQuantity: remaining,
      startTime: "2026-11-23T10:00:00.000000000Z",
      endTime: "2026-11-30T10:00:00.000000000Z",
      unlimited: false,
    },
    ...extra,
  });
const call = (body: string, headers: Record<string, string> = { "X-Signature-SHA256": sign(body) }, query = "") =>
  POST(
    new Request(`http://store.test/api/esimgo/callback${query}`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json", ...headers },
    }),
  );
const snapshots = () => db.usageSnapshot.count({ where: { source: "callback" } });
const remaining = async () => (await db.bundleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).remainingBytes;

test("base64 and hex signatures are both accepted and update the bundle", async () => {
  const first = usage(900_000_000);
  assert.equal((await call(first)).status, 200);
  assert.equal(await remaining(), 900_000_000n);
  const second = usage(850_000_000);
  assert.equal((await call(second, { "X-Signature-SHA256": sign(second, TEST_API_KEY, "hex") })).status, 200);
  assert.equal(await remaining(), 850_000_000n);
  assert.equal((await db.bundleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).state, "active");
});

test("a wrong key, a changed body or a missing signature gets 401 and stores nothing", async () => {
  const before = await snapshots();
  const body = usage(100);
  for (const response of [
    await call(body, { "X-Signature-SHA256": sign(body, "not-the-key") }),
    await call(body.replace("100", "999"), { "X-Signature-SHA256": sign(body) }),
    await call(body, {}),
    await call(body, { "X-Signature-SHA256": "" }),
  ]) {
    assert.equal(response.status, 401);
  }
  assert.equal(await snapshots(), before);
  assert.equal(await remaining(), 850_000_000n);
});

test("a replayed callback changes nothing", async () => {
  const body = usage(700_000_000);
  const [a, b] = await Promise.all([call(body), call(body)]);
  assert.deepEqual([a.status, b.status], [200, 200]);
  const outcomes = [(await a.json()).outcome, (await b.json()).outcome].sort();
  assert.deepEqual(outcomes, ["duplicate", "stored"]);
  const count = await snapshots();
  assert.equal((await (await call(body)).json()).outcome, "duplicate");
  assert.equal(await snapshots(), count);
});

test("an older snapshot arriving late does not raise the remaining data", async () => {
  assert.equal((await call(usage(600_000_000))).status, 200);
  assert.equal((await call(usage(650_000_000))).status, 200); // sent earlier, delivered later
  assert.equal(await remaining(), 600_000_000n);
});

test("80 % used emails the customer once, with a top-up link; first attachment records the country", async () => {
  await call(usage(150_000_000));
  await call(usage(120_000_000));
  const mails = await db.emailOutbox.findMany({ where: { kind: "usage-80", to: "traveller@example.com" } });
  assert.equal(mails.length, 1);
  assert.ok(mails[0].text.includes(`/account/esims/${esim.iccid}/top-up`));
  await call(usage(120_000_000, "FirstAttachment", { country: { code: "JP", name: "Japan" } }));
  const updated = await db.esim.findUniqueOrThrow({ where: { id: esim.id } });
  assert.equal(updated.lastCountry, "JP");
  assert.ok(updated.firstAttachedAt);
});

test("an unknown ICCID or bundle is kept for staff review, and a numeric ICCID keeps its digits", async () => {
  const unknown =
    `{"iccid": 8944500000099999999, "alertType": "Utilisation", "bundle": {"name": ` +
    `"esim_1GB_7D_JP_V2", "initialQuantity": 1000, "remainingQuantity": 10}}`;
  assert.equal((await (await call(unknown)).json()).outcome, "review");
  const stored = await db.usageSnapshot.findFirstOrThrow({ where: { iccid: "8944500000099999999" } });
  assert.equal(stored.needsReview, true);
  const otherBundle = JSON.stringify({
    iccid: esim.iccid,
    alertType: "Utilisation",
    bundle: { id: "999999", name: "esim_OTHER", remainingQuantity: 1 },
  });
  assert.equal((await (await call(otherBundle)).json()).outcome, "review");
});

test("lifecycle events: deletion scheduled emails the customer, deleted marks the eSIM deleted", async () => {
  const scheduled = JSON.stringify({ event: "esim.deletion_scheduled", iccid: esim.iccid, date: "2026-11-23T10:00:00Z" });
  await call(scheduled);
  assert.equal(await db.emailOutbox.count({ where: { kind: "deletion-scheduled", to: "traveller@example.com" } }), 1);
  await call(JSON.stringify({ event: "esim.deleted", iccid: esim.iccid, date: "2026-11-30T10:00:00Z" }));
  assert.equal((await db.esim.findUniqueOrThrow({ where: { id: esim.id } })).state, "deleted");
});

test("unsigned V2 callbacks only with the configured token; malformed bodies get 400", async () => {
  const v2 = JSON.stringify({
    iccid: esim.iccid,
    alertType: "Utilisation",
    bundle: { name: "esim_1GB_7D_JP_V2", initialQuantity: 1_000_000_000, remainingQuantity: 100_000_000 },
  });
  assert.equal((await call(v2, {})).status, 401);
  assert.equal((await call(v2, {}, "?token=wrong-token-wrong-token-wrong")).status, 401);
  assert.equal((await call(v2, {}, `?token=${V2_TOKEN}`)).status, 200);
  const junk = "not json";
  assert.equal((await call(junk, { "X-Signature-SHA256": sign(junk) })).status, 400);
  const wrongShape = JSON.stringify({ iccid: "12", alertType: "" });
  assert.equal((await call(wrongShape, { "X-Signature-SHA256": sign(wrongShape) })).status, 400);
});

test("the polling safety net refreshes eSIMs not heard of for hours, and leaves fresh ones alone", async () => {
  const { pollStaleUsage } = await import("../../lib/esims/usage/poll");
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: "esim_2GB_15D_FR_V2" } });
  const order = await db.order.create({
    data: {
      email: "poll@example.com",
      status: "paid",
      currency: "USD",
      subtotalMinor: 1,
      totalMinor: 1,
      lines: {
        create: [
          {
            bundleId: bundle.id,
            bundleName: bundle.name,
            quantity: 1,
            unitPriceMinor: 1,
            wholesaleUnitMinor: 1,
            currency: "USD",
            fulfilmentStatus: "paid",
          },
        ],
      },
    },
    include: { lines: true },
  });
  await fulfilLine(order.lines[0].id);
  const polled = await db.esim.findFirstOrThrow({ where: { originLineId: order.lines[0].id } });
  sandbox.notifier.use(polled.iccid, 400_000_000); // used abroad; the callback never arrived
  await db.esim.update({ where: { id: polled.id }, data: { liveCheckedAt: new Date(Date.now() - 7 * 3600_000) } });
  assert.ok((await pollStaleUsage()) >= 1);
  const refreshed = await db.bundleAssignment.findFirstOrThrow({ where: { esimId: polled.id } });
  assert.equal(refreshed.remainingBytes, 1_600_000_000n);
  assert.equal(refreshed.state, "active");
  const installed = await db.esim.findUniqueOrThrow({ where: { id: polled.id } });
  assert.equal(installed.profileStatus, "Installed", "the eSIM detail read with the usage says it is installed");
  assert.ok(installed.firstInstalledAt, "and when it was first installed");
  assert.equal(await pollStaleUsage(), 0, "just refreshed: not polled again");
});

test("a low-balance alert (no ICCID) is stored and emails staff", async () => {
  const body = JSON.stringify({ alertType: "LowBalance", balanceInfo: { balance: 42.5, threshold: 50, thresholdPercentRemaining: 10 } });
  const res = await call(body);
  assert.equal(res.status, 200);
  assert.equal((await res.json()).outcome, "stored");
  assert.equal(await db.usageSnapshot.count({ where: { alertType: "LowBalance", needsReview: false } }), 1);
  const alert = await db.emailOutbox.findFirstOrThrow({ where: { kind: "staff-alert", to: "staff@example.test" } });
  assert.match(alert.text, /low organisation balance \(42\.5\)/);
});

test("a signed notification of a type the store does not know (a balance Topup) answers 200 and waits for staff review", async () => {
  const body = sandbox.notifier.topUpBalance(500);
  const res = await call(body);
  assert.equal(res.status, 200);
  assert.equal((await res.json()).outcome, "review");
  const stored = await db.usageSnapshot.findFirstOrThrow({ where: { alertType: "Topup" } });
  assert.equal(stored.needsReview, true);
  assert.equal((await (await call(body)).json()).outcome, "duplicate", "a replay stores nothing more");
  const { inboundEvents, eventFiltersSchema } = await import("../../lib/admin/events");
  const listed = await inboundEvents(eventFiltersSchema.parse({ source: "esimgo", review: "1" }));
  assert.ok(
    listed.some((e) => e.type === "Topup" && e.needsReview),
    "staff see it in the events viewer",
  );
  const unsigned = await call(body, {});
  assert.equal(unsigned.status, 401, "unknown types are accepted only when signed");
  const brokenKnown = usage(-5);
  assert.equal((await call(brokenKnown)).status, 400, "a known type with a broken value is still refused");
});
