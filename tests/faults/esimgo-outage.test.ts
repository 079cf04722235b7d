// eSIM Go is down for five minutes (FAULT_OUTAGE_SECONDS) while customers pay: their orders wait
// in a visible, retrying state and are all fulfilled after eSIM Go is back, with no staff action
// and exactly one eSIM Go order each.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startCluster, waitFor, type Cluster } from "./support/cluster";

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_SECONDS ?? 300) * 1000;
const ORDERS = 20;
let cluster: Cluster;

before(async () => {
  cluster = await startCluster({ portBase: 3800, webInstances: 1, env: { ESIMGO_TIMEOUT_MS: "5000" } });
});
after(() => cluster?.stop());

test(`the backlog from a ${OUTAGE_MS / 60_000}-minute eSIM Go outage drains by itself`, { timeout: OUTAGE_MS + 300_000 }, async () => {
  const { startCheckout } = await import("../../lib/checkout/start-checkout");
  const { db, esimgo, stripe } = cluster;
  const sessions: string[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const result = await startCheckout(
      { email: `outage${i}@example.com`, items: [{ bundle: "esim_1GB_7D_FR_V2", quantity: 1 }] },
      { userId: null },
    );
    assert.ok(result.ok);
    sessions.push((await db.order.findUniqueOrThrow({ where: { id: result.orderId } })).stripeCheckoutSessionId!);
  }
  const ordersBefore = esimgo.world.state.orders.length;

  // Customers are on the payment page when eSIM Go goes down; they pay during the outage.
  esimgo.setFaults({ errorRate: 1 });
  const outageEnds = Date.now() + OUTAGE_MS;
  for (const id of sessions) stripe.pay(id, "4242424242424242");
  await waitFor(
    async () => (await db.orderLine.count({ where: { fulfilmentStatus: "esim_pending" } })) === ORDERS,
    "every line to wait for a retry",
  );
  while (Date.now() < outageEnds) {
    const failed = await db.orderLine.count({ where: { fulfilmentStatus: { in: ["esim_failed", "fulfilled"] } } });
    assert.equal(failed, 0, "during the outage nothing is given up on (and nothing is delivered)");
    await new Promise((r) => setTimeout(r, Math.min(10_000, Math.max(0, outageEnds - Date.now()))));
  }
  esimgo.setFaults({});
  const recovered = Date.now();

  await waitFor(
    async () => (await db.orderLine.count({ where: { fulfilmentStatus: "fulfilled" } })) === ORDERS,
    "the backlog to drain",
    240_000,
    1000,
  ).catch(async (error) => {
    // What the lines and the worker were doing, to tell a slow drain from a stuck one.
    const lines = await db.orderLine.findMany({ select: { fulfilmentStatus: true, attempts: true, nextAttemptAt: true, lastError: true } });
    console.log(`# lines: ${JSON.stringify(lines.slice(0, 5))}`);
    console.log(`# worker, last lines:\n${cluster.worker?.output.join("").split("\n").slice(-30).join("\n")}`);
    throw error;
  });
  const drainSeconds = Math.round((Date.now() - recovered) / 1000);
  assert.equal(esimgo.world.state.orders.length - ordersBefore, ORDERS, "exactly one eSIM Go order per line");
  assert.equal(await db.esim.count(), ORDERS);
  const attempts = await db.orderLine.aggregate({ _max: { attempts: true } });
  console.log(
    `# ${ORDERS} lines fulfilled ${drainSeconds} s after a ${OUTAGE_MS / 1000} s outage (up to ${attempts._max.attempts} attempts each)`,
  );
});
