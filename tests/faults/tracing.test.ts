// OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT set, web instances export request traces to the
// collector, named after the instance. (Here with the fault suite: it needs the same production
// build and process harness.)
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startCluster, waitFor, type Cluster } from "./support/cluster";

let cluster: Cluster;
before(async () => {
  cluster = await startCluster({ portBase: 3900, webInstances: 1, worker: false, otlp: true });
});
after(() => cluster?.stop());

test("requests are traced and exported to the configured OTLP collector", async () => {
  for (let i = 0; i < 3; i++) assert.equal((await fetch(`${cluster.appUrl}/destinations/jp`)).status, 200);
  await waitFor(
    async () => cluster.otlpExports.some((e) => e.path === "/v1/traces" && e.body.includes("esim-store-web-1")),
    "trace exports",
    30_000,
  );
  const traces = Buffer.concat(cluster.otlpExports.filter((e) => e.path === "/v1/traces").map((e) => e.body));
  assert.ok(traces.includes("/destinations/"), "the page request is one of the spans");
});
