// npm run bench:catalogue – how long a full catalogue sync takes against the eSIM Go sandbox,
// through the real client (10 requests/s limit honoured) into real PostgreSQL. Target: < 15 s.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../scripts/db/embedded-postgres";
import { applyMigrations } from "../scripts/db/migrations";
import { record, tableHeader } from "./support/record";
import { startEsimGoSandbox } from "../sandbox/esimgo/server";

const TARGET_MS = 15_000;
const dir = mkdtempSync(path.join(tmpdir(), "bench-catalogue-"));
const pg = await startEmbeddedPostgres({ dataDir: dir, port: 5390, database: "bench" });
await applyMigrations(pg.url);
process.env.DATABASE_URL = pg.url;
const { createEsimGoClient } = await import("../lib/esimgo/client");
const { recordProviderCall } = await import("../lib/esimgo/index");
const { syncCatalogue } = await import("../lib/catalogue/sync");
const { db } = await import("../lib/db");
const sandbox = await startEsimGoSandbox({ port: 0, apiKey: "bench-key", statePath: null, callbackUrl: "", rateLimitPerSecond: 10 });

try {
  console.log(`catalogue: ${sandbox.world.catalogue.size} bundles; eSIM Go limit 10 requests/s`);
  tableHeader();
  for (const [label, perPage] of [
    ["first sync (insert)", 500],
    ["re-sync (update)", 500],
    ["re-sync, small pages", 100],
  ] as const) {
    const client = createEsimGoClient({
      baseUrl: sandbox.baseUrl,
      apiKey: "bench-key",
      timeoutMs: 15_000,
      maxRps: 10,
      recordCall: recordProviderCall,
    });
    const r = await syncCatalogue(client, { perPage, storeCurrency: "USD" });
    record({
      benchmark: "catalogue sync",
      measure: `${label}: ${r.upserted} bundles in ${r.pages} pages of ${perPage}`,
      value: `${(r.durationMs / 1000).toFixed(2)} s`,
      target: `< ${TARGET_MS / 1000} s`,
      holds: r.durationMs < TARGET_MS,
    });
  }
} finally {
  await sandbox.stop();
  await db.$disconnect();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
