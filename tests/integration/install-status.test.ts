// Install status: eSIM Go's signed Profile Status Change notifications through the callback route,
// the polling safety net when a notification is lost, and the one 24-hour reminder.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, test } from "node:test";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient, TEST_API_KEY } from "../helpers/sandbox";

const database = await createTestDatabase();
const sandbox = await startTestSandbox();
Object.assign(process.env, { ESIMGO_BASE_URL: sandbox.baseUrl, ESIMGO_API_KEY: TEST_API_KEY, APP_URL: "http://store.test" });
const { db } = await import("../../lib/db");
const { startBoss } = await import("../../lib/jobs/boss");
const { syncCatalogue } = await import("../../lib/catalogue/sync");
const { fulfilLine } = await import("../../lib/fulfilment/fulfil-line");
const { checkInstalls, sendInstallReminders } = await import("../../lib/esims/install-watch");
const { installView } = await import("../../lib/esims/install-status");
const { POST } = await import("../../app/api/esimgo/callback/route");

before(async () => {
  await (await startBoss(database.url)).stop({ graceful: false });
  await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
});
after(async () => {
  await sandbox.stop();
  await database.drop();
});

async function deliveredEsim(email: string) {
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: "esim_1GB_7D_JP_V2" } });
  const order = await db.order.create({
    data: {
      email,
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
  assert.equal(await fulfilLine(order.lines[0].id), "fulfilled");
  return db.esim.findFirstOrThrow({ where: { originLineId: order.lines[0].id } });
}

// What the sandbox would send (its callback URL is empty here, so nothing is delivered by itself).
async function sandboxInstall(iccid: string, body: object) {
  const res = await fetch(`${new URL(sandbox.baseUrl).origin}/__sandbox/esims/${iccid}/install`, {
    method: "POST",
    headers: { "X-API-Key": TEST_API_KEY },
    body: JSON.stringify(body),
  });
  const reply = (await res.json()) as { sent: string };
  assert.ok(reply.sent, JSON.stringify(reply));
  return reply.sent;
}
const call = (body: string) =>
  POST(
    new Request("http://store.test/api/esimgo/callback", {
      method: "POST",
      body,
      headers: {
        "Content-Type": "application/json",
        "X-Signature-SHA256": createHmac("sha256", TEST_API_KEY).update(body).digest("base64"),
      },
    }),
  );
const reload = (id: string) => db.esim.findUniqueOrThrow({ where: { id } });
const backdate = (id: string, hours: number) =>
  db.esim.update({ where: { id }, data: { createdAt: new Date(Date.now() - hours * 3600_000) } });

test("an Installed notification names the device; a replay or an older report changes nothing; removal keeps the history", async () => {
  const esim = await deliveredEsim("installer@example.com");
  assert.equal(installView(esim).key, "notInstalled");

  const installed = await sandboxInstall(esim.iccid, { model: "iPhone 15" });
  assert.equal((await call(installed)).status, 200);
  let row = await reload(esim.id);
  assert.equal(row.profileStatus, "Installed");
  assert.deepEqual(installView(row), { key: "installed", device: "iPhone 15" });
  assert.ok(row.firstInstalledAt);

  const replay = await call(installed);
  assert.equal(((await replay.json()) as { outcome: string }).outcome, "duplicate");

  // A removal stamped before the install arrives late: the phone still has the eSIM.
  const stale = JSON.stringify({ iccid: esim.iccid, profileStatus: "Released", date: "2020-01-01T00:00:00Z", device: { eid: "8904" } });
  assert.equal((await call(stale)).status, 200);
  assert.equal((await reload(esim.id)).profileStatus, "Installed");

  const removed = await sandboxInstall(esim.iccid, { status: "Released", eid: "89049032000000000000000000000008" });
  assert.equal((await call(removed)).status, 200);
  row = await reload(esim.id);
  assert.equal(installView(row).key, "removed");
  assert.equal(row.deviceModel, "iPhone 15");

  const unknownStatus = JSON.stringify({ iccid: esim.iccid, profileStatus: "Teleported", date: new Date().toISOString() });
  assert.equal((await call(unknownStatus)).status, 400);
});

test("a lost notification is made good by polling, once the eSIM is due for a check", async () => {
  const esim = await deliveredEsim("poller@example.com");
  await sandboxInstall(esim.iccid, { make: "Samsung", model: "Galaxy S24" }); // sent nowhere: lost
  assert.equal(await checkInstalls(), 0, "a brand-new eSIM waits two minutes before the first check");
  await backdate(esim.id, 0.1);
  assert.equal(await checkInstalls(), 1);
  const row = await reload(esim.id);
  assert.equal(row.profileStatus, "Installed");
  assert.equal(row.installChecks, 1);
  assert.equal(await checkInstalls(), 0, "installed eSIMs are not checked again");
});

test("an eSIM not installed a day after purchase gets one reminder, even from concurrent workers", async () => {
  const waiting = await deliveredEsim("forgetful@example.com");
  const installedOne = await deliveredEsim("prompt@example.com");
  await sandboxInstall(installedOne.iccid, {}); // installed, but the store has not heard yet
  await backdate(waiting.id, 25);
  await backdate(installedOne.id, 25);

  const counts = await Promise.all([sendInstallReminders(), sendInstallReminders(), sendInstallReminders()]);
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    1,
  );
  const emails = await db.emailOutbox.findMany({ where: { kind: "install-reminder" } });
  assert.deepEqual(
    emails.map((e) => e.to),
    ["forgetful@example.com"],
  );
  assert.match(emails[0].text, /carddata=LPA%3A1%24/);
  assert.match(emails[0].text, new RegExp(`http://store.test/en/account/esims/${waiting.iccid}#install`));
  assert.equal(await sendInstallReminders(), 0);
  assert.equal((await reload(installedOne.id)).profileStatus, "Installed");
});
