// The eSIM Go client against the sandbox over real HTTP: happy paths, typed errors, retries,
// rate limiting and the "processed but the answer was lost" case.
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import {
  AmbiguousError,
  InvalidRequestError,
  NetworkError,
  RateLimitedError,
  ServerError,
  UnauthorisedError,
} from "../../lib/esimgo/errors";
import type { CallRecord } from "../../lib/esimgo/transport";
import { closedPort, startTestSandbox, testClient } from "../helpers/sandbox";

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
before(async () => {
  sandbox = await startTestSandbox();
});
after(() => sandbox.stop());
beforeEach(() => sandbox.setFaults({}));

test("a new eSIM: validate, transaction, install data, detail with install links", async () => {
  const client = testClient(sandbox.baseUrl);
  const balance = (await client.organisation()).balance;
  const validation = await client.validateOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]);
  assert.equal(validation.valid, true);
  assert.equal((await client.organisation()).balance, balance, "validate charges nothing");

  const order = await client.placeOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]);
  assert.match(order.orderReference, /^[0-9a-f-]{36}$/);
  assert.equal((await client.organisation()).balance, Math.round((balance - order.total) * 100) / 100);
  const [install] = await client.installData(order.orderReference);
  assert.match(install.iccid, /^\d{19,20}$/);
  assert.equal(install.smdpAddress, "smdp.sandbox.esimgo.test");
  const detail = await client.esim(install.iccid);
  assert.equal(detail.matchingId, install.matchingId);
  assert.ok(detail.appleInstallUrl?.includes("carddata=LPA%3A1%24"));
  const bundles = await client.esimBundles(install.iccid);
  assert.equal(bundles.bundles[0].name, "esim_1GB_7D_JP_V2");
  assert.equal(bundles.bundles[0].assignments[0].initialBytes, 1_000_000_000n);
});

test("a top-up lands on the same ICCID and queues behind the first bundle", async () => {
  const client = testClient(sandbox.baseUrl);
  const first = await client.placeOrder([{ bundle: "esim_1GB_7D_FR_V2", quantity: 1 }]);
  const iccid = first.order[0].iccids[0];
  assert.equal(await client.isCompatible(iccid, "esim_3GB_30D_FR_V2"), true);
  const topup = await client.placeOrder([{ bundle: "esim_3GB_30D_FR_V2", quantity: 1, iccids: [iccid] }]);
  assert.deepEqual(topup.order[0].iccids, [iccid]);
  const { bundles } = await client.esimBundles(iccid);
  assert.deepEqual(bundles.map((b) => b.name).sort(), ["esim_1GB_7D_FR_V2", "esim_3GB_30D_FR_V2"]);
  assert.equal(await client.isCompatible(iccid, "esim_ULP_7D_FR_V2"), false);
});

test("revoking: validate reports, transaction refunds an unused bundle, a used one is refused", async () => {
  const client = testClient(sandbox.baseUrl);
  const order = await client.placeOrder([{ bundle: "esim_2GB_15D_IT_V2", quantity: 1 }]);
  const iccid = order.order[0].iccids[0];
  const before = (await client.organisation()).balance;
  await client.revokeBundle(iccid, "esim_2GB_15D_IT_V2", { type: "validate", refundToBalance: true });
  assert.equal((await client.organisation()).balance, before);
  await client.revokeBundle(iccid, "esim_2GB_15D_IT_V2", { type: "transaction", refundToBalance: true });
  assert.equal((await client.organisation()).balance, Math.round((before + order.total) * 100) / 100);

  const used = await client.placeOrder([{ bundle: "esim_2GB_15D_IT_V2", quantity: 1 }]);
  sandbox.notifier.use(used.order[0].iccids[0], 1_000_000);
  await assert.rejects(
    client.revokeBundle(used.order[0].iccids[0], "esim_2GB_15D_IT_V2", { type: "validate", refundToBalance: true }),
    (e) => e instanceof InvalidRequestError && /used/.test(e.providerMessage),
  );
});

test("eSIM Go's refusal arrives as an InvalidRequestError with its message", async () => {
  const client = testClient(sandbox.baseUrl);
  await assert.rejects(
    client.validateOrder([{ bundle: "esim_NOPE", quantity: 1 }]),
    (e) => e instanceof InvalidRequestError && e.providerMessage === "Bundle esim_NOPE not found",
  );
});

test("a wrong API key is UnauthorisedError", async () => {
  await assert.rejects(testClient(sandbox.baseUrl, { apiKey: "wrong" }).organisation(), UnauthorisedError);
});

test("GETs are retried through 5xx; writes are not", async () => {
  const calls: CallRecord[] = [];
  const client = testClient(sandbox.baseUrl, { calls });
  sandbox.setFaults({ errorRate: 1, pathPattern: "^/organisation$" });
  const attempt = client.organisation();
  setTimeout(() => sandbox.setFaults({}), 250); // eSIM Go recovers while the client backs off
  assert.equal((await attempt).currency, "USD");
  assert.ok(calls.filter((c) => c.path === "/organisation").length >= 2);

  const ordersBefore = sandbox.world.state.orders.length;
  sandbox.setFaults({ errorRate: 1, pathPattern: "^/orders$" });
  calls.length = 0;
  await assert.rejects(client.placeOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]), ServerError);
  assert.equal(calls.length, 1, "a failed transaction is not repeated by the client");
  assert.equal(sandbox.world.state.orders.length, ordersBefore);
});

test("a lost response to a transaction is AmbiguousError, and the order can be found afterwards", async () => {
  const client = testClient(sandbox.baseUrl);
  const since = new Date(Date.now() - 1000);
  sandbox.setFaults({ lostResponseRate: 1, pathPattern: "^/orders$" });
  await assert.rejects(client.placeOrder([{ bundle: "esim_5GB_30D_ES_V2", quantity: 1 }]), AmbiguousError);
  sandbox.setFaults({});
  const recent = await client.listOrders({ createdFrom: since, includeIccids: true });
  assert.ok(recent.some((o) => o.order[0].item === "esim_5GB_30D_ES_V2" && o.order[0].iccids.length === 1));
});

test("a timeout is AmbiguousError; a refused connection is NetworkError", async () => {
  sandbox.setFaults({ timeoutRate: 1, pathPattern: "^/orders$" });
  await assert.rejects(
    testClient(sandbox.baseUrl, { timeoutMs: 300 }).placeOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]),
    AmbiguousError,
  );
  const closed = await closedPort();
  await assert.rejects(testClient(`http://127.0.0.1:${closed}/v2.5`).placeOrder([{ bundle: "x", quantity: 1 }]), NetworkError);
});

test("429 carries Retry-After; calls wait it out, writes too (a 429 was never processed)", async () => {
  const client = testClient(sandbox.baseUrl);
  const ordersBefore = sandbox.world.state.orders.length;
  sandbox.setFaults({ rateLimitRate: 1, pathPattern: "^/orders$" });
  const write = client.placeOrder([{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }]);
  setTimeout(() => sandbox.setFaults({}), 100);
  await write;
  assert.equal(sandbox.world.state.orders.length, ordersBefore + 1, "exactly one order after the retry");
  sandbox.setFaults({ rateLimitRate: 1 });
  await assert.rejects(client.organisation(), (e) => e instanceof RateLimitedError && e.retryAfterMs === 1000);
  sandbox.setFaults({ rateLimitRate: 1, pathPattern: "^/organisation$" });
  const t0 = Date.now();
  const pending = client.organisation();
  setTimeout(() => sandbox.setFaults({}), 100);
  await pending;
  assert.ok(Date.now() - t0 >= 900, "waited for Retry-After");
});

test("the client keeps under the sandbox's real 10 requests/s limit", async () => {
  const strict = await startTestSandbox({ rateLimitPerSecond: 10 });
  try {
    const client = testClient(strict.baseUrl, { maxRps: 10 });
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 25 }, () => client.organisation()));
    assert.ok(Date.now() - t0 >= 2000, "25 calls at 10/s take at least two seconds");
    assert.equal(strict.stats.requests, 25, "no call was refused with 429 and repeated");
  } finally {
    await strict.stop();
  }
});

test("every call is recorded without the API key or activation data", async () => {
  const calls: CallRecord[] = [];
  const client = testClient(sandbox.baseUrl, { calls });
  const order = await client.placeOrder([{ bundle: "esim_1GB_7D_DE_V2", quantity: 1 }]);
  const [install] = await client.installData(order.orderReference, "line_1");
  await client.esim(install.iccid);
  const text = JSON.stringify(calls);
  assert.equal(text.includes(install.matchingId), false);
  assert.equal(text.includes("test_esimgo_key"), false);
  assert.ok(calls.some((c) => c.path.startsWith("/esims/assignments") && c.orderLineId === "line_1" && c.outcome === "ok"));
});
