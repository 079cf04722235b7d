// npm run bench:callbacks – signed eSIM Go usage callbacks sent with autocannon to a production
// build on PostgreSQL: unique callbacks plus 20 % duplicates (as eSIM Go retries). Prints
// throughput, p50 and p99 latency, and the stored count against the unique count.
// Targets: ≥ 500 callbacks/s on this 2-core machine, p99 under 100 ms, stored = unique.
import { createHmac } from "node:crypto";
import autocannon from "autocannon";
import { env } from "../lib/config/env";
import { record, tableHeader } from "./support/record";
import { startBenchStore } from "./support/store";

const UNIQUE = Number(process.env.BENCH_CALLBACKS ?? 8000);
const ESIMS = 400;
const store = await startBenchStore("callbacks", 3500, { DB_POOL_MAX: "20" });
const db = store.db;

try {
  // eSIMs with one bundle each, as fulfilment would have stored them.
  const iccids = Array.from({ length: ESIMS }, (_, i) => `894450009${String(i).padStart(10, "0")}`);
  await db.esim.createMany({
    data: iccids.map((iccid) => ({ iccid, ownerEmail: `bench-${iccid}@example.com`, matchingId: "M", smdpAddress: "smdp.test" })),
  });
  const esims = await db.esim.findMany({ where: { iccid: { in: iccids } }, select: { id: true, iccid: true } });
  await db.bundleAssignment.createMany({
    data: esims.map((e) => ({
      esimId: e.id,
      assignmentId: `bench-${e.iccid}`,
      bundleName: "esim_10GB_30D_JP_V2",
      state: "active",
      initialBytes: 10_000_000_000n,
      remainingBytes: 10_000_000_000n,
    })),
  });

  // Unique callbacks (each eSIM's remaining data falls), with 20 % of them delivered twice.
  const bodies: string[] = [];
  for (let i = 0; i < UNIQUE; i++) {
    const iccid = iccids[i % ESIMS];
    const remaining = 10_000_000_000 - Math.floor(i / ESIMS + 1) * 1_000_000;
    bodies.push(
      JSON.stringify({
        iccid,
        alertType: "Utilisation",
        bundle: {
          id: `bench-${iccid}`,
          reference: null,
          name: "esim_10GB_30D_JP_V2",
          initialQuantity: 10_000_000_000,
          remainingQuantity: remaining,
          unlimited: false,
        },
      }),
    );
  }
  const sequence: string[] = [];
  bodies.forEach((b, i) => {
    sequence.push(b);
    if (i % 5 === 4) sequence.push(bodies[i - 2]); // a retry of a recent one
  });
  const signed = sequence.map((body) => ({ body, signature: createHmac("sha256", env().esimgo.apiKey).update(body).digest("base64") }));
  for (let i = 0; i < 200; i++) await fetch(`${store.url}/api/health`); // warm up

  let cursor = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: `${store.url}/api/esimgo/callback`,
        method: "POST",
        connections: 16, // concurrent deliveries from eSIM Go
        amount: signed.length,
        requests: [
          {
            setupRequest: (req) => {
              const next = signed[cursor++ % signed.length];
              return { ...req, body: next.body, headers: { "content-type": "application/json", "x-signature-sha256": next.signature } };
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  );
  const stored = await db.usageSnapshot.count({ where: { source: "callback" } });
  const rps = result.requests.total / (result.duration || 1);
  tableHeader();
  record({
    benchmark: "usage callbacks",
    measure: `throughput (${result.requests.total} signed callbacks, ${result.non2xx} non-2xx)`,
    value: `${rps.toFixed(0)} callbacks/s`,
    target: "≥ 500/s",
    holds: rps >= 500,
  });
  record({ benchmark: "usage callbacks", measure: "latency p50", value: `${result.latency.p50} ms`, target: "–", holds: null });
  record({
    benchmark: "usage callbacks",
    measure: "latency p99",
    value: `${result.latency.p99} ms`,
    target: "< 100 ms",
    holds: result.latency.p99 < 100,
  });
  record({
    benchmark: "usage callbacks",
    measure: `stored snapshots (${signed.length - UNIQUE} duplicates sent)`,
    value: `${stored} of ${UNIQUE} unique`,
    target: "equal",
    holds: stored === UNIQUE && result.non2xx === 0,
  });
} finally {
  await store.stop();
}
process.exit(0);
