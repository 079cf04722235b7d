// Catalogue sync against the sandbox into a real PostgreSQL database.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient } from "../helpers/sandbox";

const database = await createTestDatabase();
const { db } = await import("../../lib/db");
const { syncCatalogue } = await import("../../lib/catalogue/sync");
const { listDestinations } = await import("../../lib/catalogue/destinations");

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
before(async () => {
  sandbox = await startTestSandbox();
});
after(async () => {
  await sandbox.stop();
  await database.drop();
});

test("a full sync stores every bundle with wholesale and retail prices in minor units", async () => {
  const result = await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
  assert.equal(result.upserted, sandbox.world.catalogue.size);
  assert.equal(await db.bundle.count({ where: { active: true } }), sandbox.world.catalogue.size);
  const japan = await db.bundle.findUniqueOrThrow({ where: { name: "esim_1GB_7D_JP_V2" } });
  const wire = sandbox.world.catalogue.get("esim_1GB_7D_JP_V2")!;
  assert.equal(japan.wholesaleMinor, Math.round(wire.price * 100));
  assert.ok(japan.retailMinor! > japan.wholesaleMinor);
  assert.equal(japan.retailMinor! % 100, 99, "charm rounding");
  assert.deepEqual(japan.countries, ["JP"]);
  assert.equal(japan.scope, "country");
  const europe = await db.bundle.findUniqueOrThrow({ where: { name: "esim_1GB_7D_REUP_V2" } });
  assert.equal(europe.scope, "regional");
  assert.equal(europe.region, "Europe");
  assert.equal((await db.bundle.findUniqueOrThrow({ where: { name: "esim_UL_7D_RGB_V2" } })).scope, "global");
  const run = await db.catalogueSync.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
  assert.equal(run.status, "succeeded");
  const destinations = await listDestinations({ tenantId: "operator", currency: "USD" });
  assert.ok(destinations.length >= 150);
  assert.ok(destinations.find((d) => d.iso === "JP")!.fromMinor > 0);
});

test("a re-sync keeps staff settings and hand-set prices, reprices changed wholesale, deactivates vanished bundles", async () => {
  await db.bundle.update({ where: { name: "esim_1GB_7D_JP_V2" }, data: { enabled: false, retailMinor: 777 } });
  const fr = sandbox.world.catalogue.get("esim_1GB_7D_FR_V2")!;
  const frBefore = await db.bundle.findUniqueOrThrow({ where: { name: fr.name } });
  fr.price = Math.round((fr.price + 1) * 100) / 100; // eSIM Go raised the price
  const gone = sandbox.world.catalogue.get("esim_2GB_15D_DE_V2")!;
  sandbox.world.catalogue.delete(gone.name);
  try {
    const result = await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
    assert.equal(result.deactivated, 1);
    assert.equal(result.repriced, 1);
    const japan = await db.bundle.findUniqueOrThrow({ where: { name: "esim_1GB_7D_JP_V2" } });
    assert.equal(japan.enabled, false);
    assert.equal(japan.retailMinor, 777);
    const frAfter = await db.bundle.findUniqueOrThrow({ where: { name: fr.name } });
    assert.equal(frAfter.wholesaleMinor, frBefore.wholesaleMinor + 100);
    assert.ok(frAfter.retailMinor! > frAfter.wholesaleMinor);
    assert.equal((await db.bundle.findUniqueOrThrow({ where: { name: gone.name } })).active, false);
  } finally {
    sandbox.world.catalogue.set(gone.name, gone);
  }
  await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
  assert.equal(
    (await db.bundle.findUniqueOrThrow({ where: { name: gone.name } })).active,
    true,
    "a bundle that comes back is active again",
  );
});

test("a failed sync is recorded and deactivates nothing", async () => {
  const active = await db.bundle.count({ where: { active: true } });
  sandbox.setFaults({ errorRate: 1, pathPattern: "^/catalogue" });
  try {
    await assert.rejects(syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" }));
  } finally {
    sandbox.setFaults({});
  }
  assert.equal(await db.bundle.count({ where: { active: true } }), active);
  const run = await db.catalogueSync.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
  assert.equal(run.status, "failed");
  assert.match(run.error ?? "", /eSIM Go is failing/);
});

test("provider calls are logged to the database without the API key", async () => {
  const { recordProviderCall } = await import("../../lib/esimgo/index");
  const { createEsimGoClient } = await import("../../lib/esimgo/client");
  const client = createEsimGoClient({
    baseUrl: sandbox.baseUrl,
    apiKey: "test_esimgo_key_0123456789",
    timeoutMs: 5000,
    maxRps: 100,
    recordCall: recordProviderCall,
  });
  const order = await client.placeOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]);
  await client.installData(order.orderReference);
  const rows = await db.providerCall.findMany({ where: { path: { startsWith: "/esims/assignments" } } });
  assert.equal(rows.length, 1);
  assert.equal(JSON.stringify(rows).includes(order.order[0].esims[0].matchingId), false);
  assert.equal(JSON.stringify(await db.providerCall.findMany()).includes("test_esimgo_key"), false);
});

test("changing pricing rules reprices the catalogue; the most specific rule wins and nothing sells below wholesale", async () => {
  const { repriceAll } = await import("../../lib/catalogue/reprice");
  await db.pricingRule.createMany({
    data: [
      { scope: "default", markupBps: 2000, minMarginMinor: 0, charmEnding: null },
      { scope: "country", match: "JP", markupBps: 10_000, minMarginMinor: 0, charmEnding: 99 },
      { scope: "region", match: "Europe", markupBps: -5000, minMarginMinor: 0, charmEnding: null },
    ],
  });
  assert.ok((await repriceAll("USD")) > 0);
  const jp = await db.bundle.findUniqueOrThrow({ where: { name: "esim_3GB_30D_JP_V2" } });
  assert.ok(jp.retailMinor! >= jp.wholesaleMinor * 2 && jp.retailMinor! % 100 === 99);
  const us = await db.bundle.findUniqueOrThrow({ where: { name: "esim_3GB_30D_US_V2" } });
  assert.equal(us.retailMinor, Math.ceil(us.wholesaleMinor * 1.2));
  const eu = await db.bundle.findUniqueOrThrow({ where: { name: "esim_1GB_7D_REUP_V2" } });
  assert.equal(eu.retailMinor, eu.wholesaleMinor, "a negative markup stops at wholesale");
  assert.equal(await repriceAll("USD"), 0, "nothing changes twice");
  await db.pricingRule.deleteMany();
});
