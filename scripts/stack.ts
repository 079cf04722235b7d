// Starts the whole store: database (embedded unless DATABASE_URL is set), migrations, the local
// eSIM Go sandbox (embedded mode only), a worker and the Next.js server. Used by `npm run dev`,
// `npm start` and the e2e tests. Children stay in the launcher's process group, so a signal to
// the group (Ctrl-C, a supervisor, Playwright) reaches every part of the store.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, writeSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { checkDatabase } from "./db/check-connection";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { applyMigrations } from "./db/migrations";
import { env } from "../lib/config/env";
import { startBoss } from "../lib/jobs/boss";
import { startEsimGoSandbox, type EsimGoSandbox } from "../sandbox/esimgo/server";
import { startEcbSandbox } from "../sandbox/ecb/server";
import { startStripeSandbox, type StripeSandbox } from "../sandbox/stripe/server";
import { startRoundRobin } from "./round-robin";

const root = path.resolve(import.meta.dirname, "..");
export const TRUSTED_PROXIES_PRELOAD = pathToFileURL(path.join(root, "lib/http/trusted-proxies.mjs")).href;
export const SCRIPT_HASHES_PRELOAD = pathToFileURL(path.join(root, "lib/http/inline-script-hashes.mjs")).href;

export type Stack = { url: string; databaseUrl: string; stop: () => Promise<void>; exited: Promise<number> };

const WEB_KEEP_ALIVE_MS = 65_000;

export async function startStack(mode: "dev" | "start", log: (line: string) => void = console.log): Promise<Stack> {
  const e = env();
  let embedded: EmbeddedDatabase | undefined;
  let sandbox: EsimGoSandbox | undefined;
  let stripeSandbox: StripeSandbox | undefined;
  let balancer: Awaited<ReturnType<typeof startRoundRobin>> | undefined;
  let ecb: Awaited<ReturnType<typeof startEcbSandbox>> | undefined;
  const children: ChildProcess[] = [];

  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
    await balancer?.stop();
    await sandbox?.stop();
    await stripeSandbox?.stop();
    await ecb?.stop();
    await embedded?.stop();
  };

  try {
    let databaseUrl = e.DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({
        dataDir: path.resolve(root, e.EMBEDDED_PG_DIR),
        port: e.EMBEDDED_PG_PORT,
        database: "esimstore",
      });
      databaseUrl = embedded.url;
      log(`[stack] embedded PostgreSQL on 127.0.0.1:${e.EMBEDDED_PG_PORT} (data in ${e.EMBEDDED_PG_DIR})`);
    }
    await checkDatabase(databaseUrl);
    const applied = await applyMigrations(databaseUrl);
    await (await startBoss(databaseUrl)).stop({ graceful: false }); // job queue schema and queues exist before anyone sends
    log(`[stack] database ready${applied.length ? `; applied ${applied.join(", ")}` : ""}`);

    if (!e.production && !e.ESIMGO_BASE_URL) {
      sandbox = await startEsimGoSandbox({
        port: e.ESIMGO_SANDBOX_PORT,
        apiKey: e.esimgo.apiKey,
        statePath: path.resolve(root, e.ESIMGO_SANDBOX_STATE),
        callbackUrl: `${e.appUrl}/api/esimgo/callback`,
        usage: process.env.ESIMGO_SANDBOX_USAGE === "off" ? null : { bytesPerSecond: 2_000_000, installAfterMs: 20_000, tickMs: 2_000 },
      });
      log(`[stack] eSIM Go sandbox on ${sandbox.baseUrl}`);
    }

    if (e.stripe.sandbox) {
      stripeSandbox = await startStripeSandbox({
        port: e.STRIPE_SANDBOX_PORT,
        secretKey: e.stripe.secretKey,
        webhookSecret: e.stripe.webhookSecret,
        webhookUrl: `${e.appUrl}/api/stripe/webhook`,
      });
      log(`[stack] Stripe sandbox on ${stripeSandbox.url} (card 4242 4242 4242 4242 pays)`);
    }

    if (!e.production && !e.FX_RATES_URL) {
      ecb = await startEcbSandbox(e.FX_SANDBOX_PORT);
      log(`[stack] exchange rates (ECB format) on ${ecb.url}`);
    }

    // Every process is told the public URL (behind the balancer an instance's own port is not it).
    const childEnv = { ...process.env, DATABASE_URL: databaseUrl, APP_URL: e.appUrl, AUTH_URL: e.appUrl, NEXT_TELEMETRY_DISABLED: "1" };
    // Web processes decide the client's address from the socket before Next.js sees the request,
    // and complete each page's script policy with its script hashes.
    const webEnv = (trustedProxies: number) => ({
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${TRUSTED_PROXIES_PRELOAD} --import=${SCRIPT_HASHES_PRELOAD}`.trim(),
      TRUSTED_PROXIES: String(trustedProxies),
    });
    // STORE_LOG_FILE: every line the web server and worker write, also kept in a file (the e2e
    // suite scans it for secrets).
    const logFile = process.env.STORE_LOG_FILE ? openSync(process.env.STORE_LOG_FILE, "w") : null;
    const run = (name: string, args: string[], extraEnv: Record<string, string> = {}) => {
      const child = spawn(process.execPath, args, { cwd: root, env: { ...childEnv, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
      const prefix = (chunk: Buffer) => {
        if (logFile !== null) writeSync(logFile, chunk);
        chunk
          .toString()
          .split("\n")
          .filter(Boolean)
          .forEach((l) => log(`[${name}] ${l}`));
      };
      child.stdout?.on("data", prefix);
      child.stderr?.on("data", prefix);
      children.push(child);
      return child;
    };
    run("worker", ["--import", "tsx", path.join(root, "scripts/worker.ts")], { LOG_SERVICE: "worker" });
    const next = path.join(root, "node_modules/next/dist/bin/next");
    // Idle keep-alive connections stay open longer than a load balancer's (60 s) idle timeout:
    // with Node's 5 s default, a balancer or client reusing a connection the server just closed
    // gets a reset instead of an answer.
    const keepAlive = ["--keepAliveTimeout", String(WEB_KEEP_ALIVE_MS)];
    // WEB_INSTANCES=2 (or more): stateless web instances on the next ports behind a round-robin
    // balancer on PORT, as a production deployment would run them.
    const instances = Math.max(1, Number(process.env.WEB_INSTANCES ?? 1));
    if (instances === 1)
      run("web", [next, mode, "-H", e.HOST, "-p", String(e.PORT), ...(mode === "start" ? keepAlive : [])], webEnv(e.TRUSTED_PROXIES));
    else {
      const upstreams = Array.from({ length: instances }, (_, i) => ({ name: `web-${i + 1}`, port: e.PORT + i + 1 }));
      // The balancer appends the client's address: one more trusted hop.
      for (const u of upstreams)
        run(u.name, [next, mode, "-H", "127.0.0.1", "-p", String(u.port), ...(mode === "start" ? keepAlive : [])], {
          LOG_SERVICE: u.name,
          ...webEnv(e.TRUSTED_PROXIES + 1),
        });
      balancer = await startRoundRobin({ host: e.HOST, port: e.PORT, upstreams });
      log(`[stack] ${instances} web instances (ports ${upstreams.map((u) => u.port).join(", ")}) behind a round-robin balancer`);
    }

    const exited = new Promise<number>((resolve) => {
      for (const child of children) child.once("exit", (code) => resolve(code ?? 1));
    });
    log(`[stack] the store is starting on ${e.appUrl}`);
    return { url: e.appUrl, databaseUrl, stop, exited };
  } catch (error) {
    await stop();
    throw error;
  }
}
