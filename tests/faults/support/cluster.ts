// A whole store under test control for the fault suite: embedded PostgreSQL (can be restarted),
// the eSIM Go and Stripe sandboxes in this process, web instances behind a round-robin balancer
// and a worker as child processes that can be killed with SIGKILL and started again.
// Needs a production build (`next build`); the suite runner makes one.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../../scripts/db/migrations";
import { startBoss } from "../../../lib/jobs/boss";
import { localSecrets } from "../../../lib/config/local-secrets";
import { startEsimGoSandbox } from "../../../sandbox/esimgo/server";
import { startEcbSandbox } from "../../../sandbox/ecb/server";
import { startStripeSandbox } from "../../../sandbox/stripe/server";
import { startRoundRobin } from "../../../scripts/round-robin";
import { SCRIPT_HASHES_PRELOAD, TRUSTED_PROXIES_PRELOAD } from "../../../scripts/stack";

const root = path.resolve(import.meta.dirname, "../../..");

export type ClusterOptions = { portBase: number; webInstances: number; worker?: boolean; env?: Record<string, string>; otlp?: boolean };

export class StoreProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];
  constructor(
    readonly name: string,
    private args: string[],
    private env: NodeJS.ProcessEnv,
  ) {}

  start() {
    const child = spawn(process.execPath, this.args, { cwd: root, env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) stream?.on("data", (c: Buffer) => this.output.push(c.toString()));
    this.child = child;
  }

  // kill -9: no shutdown code runs, exactly like a crash or an OOM kill.
  async kill9() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) await this.kill9();
  }
}

export async function startCluster(options: ClusterOptions) {
  const dir = mkdtempSync(path.join(tmpdir(), "faults-"));
  chmodSync(dir, 0o755); // the embedded server runs as its own user and keeps its data below
  const pgPort = options.portBase + 2000;
  const appUrl = `http://127.0.0.1:${options.portBase}`;
  let pg: EmbeddedDatabase | null = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: pgPort, database: "store" });
  const databaseUrl = pg.url;
  await applyMigrations(databaseUrl);
  await (await startBoss(databaseUrl)).stop({ graceful: false });

  // The cluster's own generated secrets, shared with its processes through LOCAL_SECRETS_FILE.
  const secretsFile = path.join(dir, "secrets.json");
  const secrets = localSecrets(secretsFile);
  const esimgo = await startEsimGoSandbox({
    port: options.portBase + 1010,
    apiKey: secrets.esimgoApiKey,
    statePath: null,
    callbackUrl: `${appUrl}/api/esimgo/callback`,
    usage: null,
    processingMs: 200,
  });
  const stripe = await startStripeSandbox({
    port: options.portBase + 1020,
    secretKey: secrets.stripeSecretKey,
    webhookSecret: secrets.stripeWebhookSecret,
    webhookUrl: `${appUrl}/api/stripe/webhook`,
    webhookBaseDelayMs: 500,
  });
  const rates = await startEcbSandbox(options.portBase + 1040);

  // otlp: a stand-in OpenTelemetry collector that keeps every export the web instances send.
  const otlpExports: Array<{ path: string; body: Buffer }> = [];
  const otlp = options.otlp ? await startOtlpReceiver(options.portBase + 1030, otlpExports) : null;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    AUTH_URL: appUrl,
    ESIMGO_SANDBOX_PORT: String(options.portBase + 1010),
    STRIPE_SANDBOX_PORT: String(options.portBase + 1020),
    FX_RATES_URL: rates.url,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    LOCAL_SECRETS_FILE: secretsFile,
    NODE_OPTIONS: `--import=${TRUSTED_PROXIES_PRELOAD} --import=${SCRIPT_HASHES_PRELOAD}`,
    TRUSTED_PROXIES: "1", // the round-robin balancer in front appends the client's address
    ...(otlp ? { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${options.portBase + 1030}` } : {}),
    ...options.env,
  };
  // This process uses the store's code too (checkout, assertions): same database and sandboxes.
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    LOCAL_SECRETS_FILE: secretsFile,
    ESIMGO_SANDBOX_PORT: env.ESIMGO_SANDBOX_PORT,
    STRIPE_SANDBOX_PORT: env.STRIPE_SANDBOX_PORT,
    ...options.env,
  });

  const next = path.join(root, "node_modules/next/dist/bin/next");
  const web = Array.from(
    { length: options.webInstances },
    (_, i) =>
      new StoreProcess(`web-${i + 1}`, [next, "start", "-H", "127.0.0.1", "-p", String(options.portBase + i + 1)], {
        ...env,
        LOG_SERVICE: `web-${i + 1}`,
      }),
  );
  const worker =
    options.worker === false
      ? null
      : new StoreProcess("worker", ["--import", "tsx", path.join(root, "scripts/worker.ts")], { ...env, LOG_SERVICE: "worker" });
  for (const p of [...web, ...(worker ? [worker] : [])]) p.start();
  const balancer = await startRoundRobin({
    host: "127.0.0.1",
    port: options.portBase,
    upstreams: web.map((w, i) => ({ name: w.name, port: options.portBase + i + 1 })),
  });

  const { db } = await import("../../../lib/db");
  const { syncCatalogue } = await import("../../../lib/catalogue/sync");
  const { esimgo: client } = await import("../../../lib/esimgo");
  await syncCatalogue(client(), { storeCurrency: "USD" });
  for (let i = 0; i < web.length; i++)
    await waitFor(async () => (await fetch(`http://127.0.0.1:${options.portBase + i + 1}/api/ready`)).ok, `${web[i].name} to be ready`);

  return {
    appUrl,
    secrets,
    db,
    esimgo,
    stripe,
    web,
    worker,
    otlpExports,
    async restartPostgres(downMs: number) {
      await pg!.stop();
      pg = null;
      await new Promise((r) => setTimeout(r, downMs));
      pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: pgPort, database: "store" });
    },
    async stop() {
      await Promise.all([...web, ...(worker ? [worker] : [])].map((p) => p.stop()));
      await balancer.stop();
      otlp?.close();
      await esimgo.stop();
      await stripe.stop();
      await rates.stop();
      const { closeQueueSender } = await import("../../../lib/jobs/enqueue");
      await closeQueueSender();
      await db.$disconnect();
      await pg?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

async function startOtlpReceiver(port: number, exports: Array<{ path: string; body: Buffer }>) {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      exports.push({ path: req.url ?? "", body: Buffer.concat(chunks) });
      res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 120_000, everyMs = 250) {
  const until = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
