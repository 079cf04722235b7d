// eSIM Go as another implementation of the same OpenAPI document answers: the catalogue as a plain
// list, duplicate names, calls that cost more than one rate-limit token, and 403 for an ICCID
// outside the organisation. Each is a sandbox quirk; the sync and the client must cope with all.
import assert from "node:assert/strict";
import { after, afterEach, before, test } from "node:test";
import { ForbiddenResourceError, UnauthorisedError } from "../../lib/esimgo/errors";
import type { CallRecord } from "../../lib/esimgo/transport";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient } from "../helpers/sandbox";

const database = await createTestDatabase();
const { db } = await import("../../lib/db");
const { syncCatalogue } = await import("../../lib/catalogue/sync");

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
before(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => {
  sandbox.setQuirks({});
  sandbox.setFaults({});
});
after(async () => {
  await sandbox.stop();
  await database.drop();
});

const active = () => db.bundle.count({ where: { active: true } });

test("a catalogue of 1,500 bundles served as plain lists of 500 syncs all 1,500", async () => {
  sandbox.setQuirks({ catalogueAsList: true, catalogueSize: 1500 });
  const result = await syncCatalogue(testClient(sandbox.baseUrl), { perPage: 500, storeCurrency: "USD" });
  assert.equal(result.upserted, 1500);
  assert.equal(result.pages, 4, "three full pages, then an empty one says the list has ended");
  assert.equal(await active(), 1500);
  // Sizes only found on later pages reach the shop too.
  const last = [...sandbox.world.catalogue.values()][1499];
  assert.equal((await db.bundle.findUniqueOrThrow({ where: { name: last.name } })).active, true);
});

test("duplicate names within and across pages are kept once, in both shapes, and the sync succeeds", async () => {
  for (const catalogueAsList of [false, true]) {
    sandbox.setQuirks({ catalogueAsList, catalogueSize: 1200, duplicateNames: true });
    const result = await syncCatalogue(testClient(sandbox.baseUrl), { perPage: 400, storeCurrency: "USD" });
    assert.equal(result.upserted, 1200, `plain list: ${catalogueAsList}`);
    assert.equal(await active(), 1200);
    const first = [...sandbox.world.catalogue.values()][0];
    assert.doesNotMatch(
      (await db.bundle.findUniqueOrThrow({ where: { name: first.name } })).description ?? "",
      /\(copy\)/,
      "the first copy wins",
    );
  }
});

test("a sync that fails part-way keeps the last good catalogue on sale and records why", async () => {
  sandbox.setQuirks({ catalogueAsList: true, catalogueSize: 1200 });
  await syncCatalogue(testClient(sandbox.baseUrl), { perPage: 400, storeCurrency: "USD" });
  const before = await active();
  sandbox.setFaults({ errorRate: 1, pathPattern: "^/catalogue$" });
  await assert.rejects(syncCatalogue(testClient(sandbox.baseUrl), { perPage: 400, storeCurrency: "USD" }), /eSIM Go is failing/);
  assert.equal(await active(), before, "nothing was taken off sale");
  const run = await db.catalogueSync.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
  assert.equal(run.status, "failed");
  assert.match(run.error ?? "", /eSIM Go is failing \(500\)/);
});

test("the limiter budgets by each call's cost, so heavy catalogue pages never earn a 429", async () => {
  const strict = await startTestSandbox({ rateLimitPerSecond: 10 });
  try {
    strict.setQuirks({ catalogueSize: 1500, costs: { "/catalogue": 4 } });
    const calls: CallRecord[] = [];
    const result = await syncCatalogue(testClient(strict.baseUrl, { maxRps: 10, calls }), { perPage: 250, storeCurrency: "USD" });
    assert.equal(result.upserted, 1500);
    assert.equal(calls.filter((c) => c.outcome === "rate_limited").length, 0, "no call was refused");
    assert.equal(calls.length, 1 + 6, "organisation, then six pages, each sent once");
  } finally {
    await strict.stop();
  }
});

test("403 tells a rejected key from an ICCID outside the organisation", async () => {
  sandbox.setQuirks({ foreignIccid403: true });
  await assert.rejects(
    testClient(sandbox.baseUrl).esim("8944000000000000000"),
    (e) => e instanceof ForbiddenResourceError && /not available to this organisation/.test(e.message),
  );
  await assert.rejects(
    testClient(sandbox.baseUrl, { apiKey: "not-the-key" }).esim("8944000000000000000"),
    (e) => e instanceof UnauthorisedError && /rejected the API key/.test(e.message),
  );
});
