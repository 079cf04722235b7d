// kill -9 the worker and one web instance while 50 paid orders are being fulfilled, start them
// again: every paid line ends fulfilled with exactly one eSIM Go order, none bought twice.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startCluster, waitFor, type Cluster } from "./support/cluster";

const ORDERS = 50;
let cluster: Cluster;

before(async () => {
  // Short leases so lines a killed process held are taken over within seconds (steps stay short:
  // the eSIM Go timeout is 5 s here).
  cluster = await startCluster({ portBase: 3600, webInstances: 2, env: { FULFILMENT_LEASE_MS: "20000", ESIMGO_TIMEOUT_MS: "5000" } });
});
after(() => cluster?.stop());

test("every paid line is fulfilled exactly once after the worker and a web instance are killed mid-way", async () => {
  const { startCheckout } = await import("../../lib/checkout/start-checkout");
  const { db, esimgo, stripe } = cluster;
  const sessions: string[] = [];
  for (let i = 0; i < ORDERS; i += 5) {
    const batch = await Promise.all(
      Array.from({ length: 5 }, (_, j) =>
        startCheckout({ email: `crash${i + j}@example.com`, items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }] }, { userId: null }),
      ),
    );
    for (const result of batch) {
      assert.ok(result.ok, result.ok ? "" : result.error);
      sessions.push((await db.order.findUniqueOrThrow({ where: { id: result.orderId } })).stripeCheckoutSessionId!);
    }
  }
  const ordersBefore = esimgo.world.state.orders.length;
  esimgo.setFaults({ latencyMs: 400, pathPattern: "^/(orders|esims)" }); // slow enough to be caught mid-way

  for (const id of sessions) stripe.pay(id, "4242424242424242"); // webhooks go out to both instances
  const fulfilled = () => db.orderLine.count({ where: { fulfilmentStatus: "fulfilled" } });
  await waitFor(async () => (await fulfilled()) >= 8, "the first fulfilments");
  assert.ok((await fulfilled()) < ORDERS, "still in the middle of the batch");

  await Promise.all([cluster.worker!.kill9(), cluster.web[0].kill9()]);
  const midway = await fulfilled();
  await new Promise((r) => setTimeout(r, 1000));
  cluster.worker!.start();
  cluster.web[0].start();
  esimgo.setFaults({});

  // Bounded by the longest safety net: a job the killed worker held expires after 5 minutes.
  await waitFor(async () => (await fulfilled()) === ORDERS, "every line to be fulfilled", 420_000, 1000);
  const lines = await db.orderLine.findMany({ include: { esims: true } });
  assert.equal(lines.length, ORDERS);
  assert.ok(
    lines.every((l) => l.fulfilmentStatus === "fulfilled" && l.esims.length === 1),
    "each line has its one eSIM",
  );
  assert.equal(new Set(lines.map((l) => l.esimgoOrderReference)).size, ORDERS, "each line its own eSIM Go order");
  assert.equal(esimgo.world.state.orders.length - ordersBefore, ORDERS, "eSIM Go sold exactly one bundle per line");
  console.log(
    `# killed with ${midway} of ${ORDERS} fulfilled; all ${ORDERS} fulfilled ` +
      `afterwards, ${esimgo.world.state.orders.length - ordersBefore} eSIM Go orders`,
  );
});
