// npm test: the source checks (the layer rule, formatting), unit, contract and integration tests
// (node:test), then a production build, the
// Playwright e2e suite in Debian's Chromium (then the purchase e2e again with two web instances),
// and the fault suite. All against real PostgreSQL: the embedded server by default, or the server
// in DATABASE_URL (each test gets its own database there, dropped after); the fault suite always
// runs its own embedded server, which it restarts.
// Ends with one line `N passed, N failed`. `npm test -- unit` or `-- e2e` runs one half;
// `npm test -- unit <text>` (or `e2e <text>`) only the test files whose path contains <text>.
// `npm run test:faults` (= `npm test -- faults`) runs only the fault suite.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const only = process.argv[2];
const fileFilter = process.argv[3]; // `npm test -- unit credit` / `-- e2e credit`: only files whose path contains "credit"
const totals = { passed: 0, failed: 0 };

// limitMs: a part that hangs is killed and counted as failed, so a run always ends.
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  capture?: (text: string) => void,
  limitMs = 45 * 60_000,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    const watchdog = setTimeout(() => {
      process.stdout.write(`\n[test] ${args.slice(-1)[0]}: still running after ${limitMs / 60_000} minutes; stopped\n`);
      child.kill("SIGKILL");
    }, limitMs);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk: Buffer) => {
        process.stdout.write(chunk);
        capture?.(chunk.toString());
      });
    }
    child.on("exit", (code) => {
      clearTimeout(watchdog);
      resolve(code ?? 1);
    });
  });
}

function testFiles(): string[] {
  return ["tests/unit", "tests/contract", "tests/integration"]
    .flatMap((dir) =>
      existsSync(path.join(root, dir))
        ? readdirSync(path.join(root, dir))
            .filter((f) => f.endsWith(".test.ts"))
            .map((f) => path.join(dir, f))
        : [],
    )
    .filter((f) => !fileFilter || f.includes(fileFilter));
}

async function nodeTests(env: NodeJS.ProcessEnv, files = testFiles(), args: string[] = [], limitMs = 15 * 60_000) {
  let output = "";
  // --test-force-exit: a file whose tests all finished exits even if a library left a handle open.
  const code = await run(
    process.execPath,
    ["--import", "tsx", "--test", "--test-force-exit", "--test-reporter=tap", ...args, ...files],
    env,
    (t) => (output += t),
    limitMs,
  );
  const count = (label: string) => Number(new RegExp(`^# ${label} (\\d+)$`, "m").exec(output)?.[1] ?? 0);
  const passed = count("pass");
  const failed = count("fail") + count("cancelled");
  totals.passed += passed;
  totals.failed += failed || (code !== 0 ? 1 : 0);
}

// Rules about the source itself, each one pass or fail: the layer rule (.dependency-cruiser.cjs:
// no cycles, nothing imports app/, lib/ never imports components/, only lib/esimgo and
// lib/payments speak to their providers) and Prettier's formatting.
async function sourceChecks(env: NodeJS.ProcessEnv) {
  const checks: Array<[string, string[]]> = [
    [
      "layers",
      [
        "node_modules/dependency-cruiser/bin/dependency-cruise.mjs",
        "app",
        "components",
        "lib",
        "proxy.ts",
        "--config",
        ".dependency-cruiser.cjs",
      ],
    ],
    ["formatting", ["node_modules/prettier/bin/prettier.cjs", "--check", "."]],
  ];
  for (const [name, args] of checks) {
    const ok = (await run(process.execPath, args, env, undefined, 5 * 60_000)) === 0;
    console.log(`[test] ${name}: ${ok ? "ok" : "FAILED"}`);
    totals[ok ? "passed" : "failed"] += 1;
  }
}

async function build(env: NodeJS.ProcessEnv): Promise<boolean> {
  if ((await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env)) === 0) return true;
  totals.failed += 1;
  return false;
}

// The fault suite (tests/faults): whole stores on their own embedded PostgreSQL, one file at a
// time (processes killed, PostgreSQL restarted, a 5-minute eSIM Go outage). Needs the build.
async function faultTests(env: NodeJS.ProcessEnv) {
  const files = readdirSync(path.join(root, "tests/faults"))
    .filter((f) => f.endsWith(".test.ts") && (!fileFilter || f.includes(fileFilter)))
    .map((f) => path.join("tests/faults", f));
  await nodeTests(env, files, ["--test-concurrency=1"], 40 * 60_000);
}

async function e2eTests(env: NodeJS.ProcessEnv, adminUrl: string) {
  if (fileFilter !== "scale") await playwright(env, await createDatabase(adminUrl, "e2e"), fileFilter ? [fileFilter] : []);
  // Scale-out: the purchase e2e again, through a round-robin balancer in front of two web instances
  // and one worker on one database (requests alternate between the instances).
  if (!fileFilter || "scale".includes(fileFilter))
    await playwright({ ...env, E2E_PORT: "3200", E2E_WEB_INSTANCES: "2" }, await createDatabase(adminUrl, "e2e_scale"), []);
}

async function playwright(env: NodeJS.ProcessEnv, database: string, args: string[]) {
  const report = path.join(mkdtempSync(path.join(tmpdir(), "e2e-")), "report.json");
  const code = await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...args], {
    ...env,
    E2E_DATABASE_URL: database,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  const stats = existsSync(report)
    ? (JSON.parse(readFileSync(report, "utf8")).stats as { expected: number; unexpected: number; flaky: number })
    : null;
  totals.passed += stats?.expected ?? 0;
  totals.failed += (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
  if (code !== 0 && !stats?.unexpected) totals.failed += 1; // e.g. the store did not start: no test could run
}

async function createDatabase(adminUrl: string, label: string): Promise<string> {
  const name = `t_${label}_${process.pid}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropTestDatabases(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 't\\_%'`);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
}

async function main() {
  const external = process.env.DATABASE_URL;
  const scratch = mkdtempSync(path.join(tmpdir(), "esim-test-pg-"));
  const server = external
    ? null
    : await startEmbeddedPostgres({ dataDir: scratch, port: 5400 + (process.pid % 500), database: "postgres" });
  const adminUrl = external ?? server!.url;
  console.log(`[test] PostgreSQL: ${external ? "DATABASE_URL" : "embedded"} (${new URL(adminUrl).host})`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEST_PG_ADMIN_URL: adminUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    LOCAL_SECRETS_FILE: path.join(scratch, "secrets.json"),
  };
  delete env.DATABASE_URL; // every test picks its own database
  try {
    if (only !== "e2e" && only !== "faults" && !fileFilter) await sourceChecks(env);
    if (only !== "e2e" && only !== "faults") await nodeTests(env);
    if (only !== "unit" && (await build(env))) {
      if (only !== "faults") await e2eTests(env, adminUrl);
      if (only !== "e2e") await faultTests(env);
    }
  } finally {
    if (external) await dropTestDatabases(adminUrl).catch((e) => console.error(`[test] cleanup: ${(e as Error).message}`));
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

await main();
