// Starts a production build of the whole store for a benchmark: its own ports, a throw-away
// embedded PostgreSQL and sandbox state, removed afterwards.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export async function startBenchStore(name: string, portBase: number, extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-${name}-`));
  chmodSync(dir, 0o755); // the embedded server runs as its own user and keeps its data below
  Object.assign(process.env, {
    PORT: String(portBase),
    ESIMGO_SANDBOX_PORT: String(portBase + 1010),
    STRIPE_SANDBOX_PORT: String(portBase + 1020),
    FX_SANDBOX_PORT: String(portBase + 1030),
    EMBEDDED_PG_PORT: String(6000 + (portBase % 1000)),
    EMBEDDED_PG_DIR: path.join(dir, "pg"),
    ESIMGO_SANDBOX_STATE: path.join(dir, "esimgo.json"),
    ESIMGO_SANDBOX_USAGE: "off",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extraEnv,
  });
  console.log("building the store (next build)…");
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "ignore" });
  const { startStack } = await import("../../scripts/stack");
  const stack = await startStack("start", () => {});
  process.env.DATABASE_URL = stack.databaseUrl;
  const { db } = await import("../../lib/db");
  await waitFor(async () => (await db.catalogueSync.count({ where: { status: "succeeded" } })) > 0, "the catalogue sync");
  return {
    url: stack.url,
    db,
    async stop() {
      await db.$disconnect();
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
