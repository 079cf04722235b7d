// PostgreSQL restarts while eSIM Go is sending usage callbacks: every callback the store
// acknowledged (2xx) is stored; every other one was refused with a 5xx or the connection failed,
// so eSIM Go sends it again. None is acknowledged and lost.
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { after, before, test } from "node:test";
import { startCluster, type Cluster } from "./support/cluster";

const CALLBACKS = 1500;
let cluster: Cluster;

before(async () => {
  cluster = await startCluster({ portBase: 3700, webInstances: 1, worker: false });
});
after(() => cluster?.stop());

function callback(i: number) {
  const body = JSON.stringify({
    iccid: `8944500000000${String(i % 200).padStart(6, "0")}`,
    alertType: "Utilisation",
    bundle: {
      id: `a-${i % 200}`,
      reference: null,
      name: "esim_10GB_30D_JP_V2",
      initialQuantity: 10_000_000_000,
      remainingQuantity: 10_000_000_000 - i * 1000,
      unlimited: false,
    },
  });
  return { body, signature: createHmac("sha256", cluster.secrets.esimgoApiKey).update(body).digest("base64") };
}

test("no callback is acknowledged and lost while PostgreSQL restarts", async () => {
  const outcomes: Array<{ body: string; status: number }> = [];
  let next = 0;
  const send = async () => {
    while (next < CALLBACKS) {
      const { body, signature } = callback(next++);
      const status = await fetch(`${cluster.appUrl}/api/esimgo/callback`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Signature-SHA256": signature },
        body,
        signal: AbortSignal.timeout(20_000),
      })
        .then((r) => r.status)
        .catch(() => 0); // connection failed: eSIM Go retries
      outcomes.push({ body, status });
    }
  };
  const senders = Array.from({ length: 8 }, send);
  while (outcomes.length < CALLBACKS / 4) await new Promise((r) => setTimeout(r, 20));
  await cluster.restartPostgres(2000);
  await Promise.all(senders);

  const acked = outcomes.filter((o) => o.status >= 200 && o.status < 300);
  const refused = outcomes.filter((o) => o.status === 0 || o.status >= 500);
  assert.equal(acked.length + refused.length, CALLBACKS, "every answer was 2xx or a refusal eSIM Go retries (no 4xx for valid callbacks)");
  assert.ok(refused.length > 0, "the restart happened during the load");
  assert.ok(
    acked.filter((o) => outcomes.indexOf(o) > outcomes.indexOf(refused[refused.length - 1])).length > 0,
    "callbacks are stored again after the restart",
  );

  const stored = new Set((await cluster.db.usageSnapshot.findMany({ select: { dedupeKey: true } })).map((s) => s.dedupeKey));
  const lost = acked.filter((o) => !stored.has(`cb:${createHash("sha256").update(o.body).digest("hex")}`));
  assert.equal(lost.length, 0, `${lost.length} acknowledged callbacks were not stored`);
  console.log(`# ${acked.length} acknowledged and stored, ${refused.length} refused during the restart (eSIM Go retries those)`);
});
