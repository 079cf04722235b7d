// e2e tests drive Debian's Chromium (no browser download) against a production build of the whole
// store, started by the same launcher as `npm start`, on its own ports and database.
import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium";
import { SECRETS_FILE, STORE_LOG_FILE } from "./e2e/support/env";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
export const e2ePorts = { app: port, esimgo: port + 1010, stripe: port + 1020, rates: port + 1030 };
const scaled = Number(process.env.E2E_WEB_INSTANCES ?? 1) > 1;
const sandboxState = path.join(mkdtempSync(path.join(tmpdir(), "e2e-esimgo-")), "esimgo.json");

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: scaled
    ? [
        // Two web instances behind a round-robin balancer: the purchase flow, then proof that both
        // instances took part in it.
        { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /purchase\.spec\.ts/ },
        { name: "scale", testMatch: /scale\.check\.ts/, dependencies: ["desktop"] },
      ]
    : [
        { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
        { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/ },
        // After every other test: the logs they produced must not contain a secret.
        { name: "logs", testMatch: /log-scan\.check\.ts/, dependencies: ["desktop", "phone"] },
      ],
  webServer: {
    command: "node --import tsx scripts/launch.ts start",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 }, // the launcher stops PostgreSQL and the sandbox cleanly
    stdout: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      PORT: String(port),
      ESIMGO_SANDBOX_PORT: String(port + 1010),
      STRIPE_SANDBOX_PORT: String(port + 1020),
      FX_SANDBOX_PORT: String(port + 1030),
      EMBEDDED_PG_PORT: String(port + 2000), // unused when DATABASE_URL is set; never the dev store's
      ESIMGO_SANDBOX_STATE: sandboxState,
      ESIMGO_SANDBOX_USAGE: "off",
      STORE_LOG_FILE,
      LOCAL_SECRETS_FILE: SECRETS_FILE,
      WEB_INSTANCES: process.env.E2E_WEB_INSTANCES ?? "1",
      SIGNIN_LIMIT_PER_IP: "500", // every test customer signs in and buys from 127.0.0.1
      CHECKOUT_LIMIT_PER_IP: "500",
      // The fuzz suite compares every table before and after its barrage; a scheduled sync or usage
      // poll landing inside that window would be counted as the fuzzer's doing.
      CATALOGUE_SYNC_CRON: "off",
      USAGE_POLL_CRON: "off",
      FX_RATES_CRON: "off", // the first start still fetches them once
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
