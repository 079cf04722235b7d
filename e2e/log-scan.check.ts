// Runs after every other e2e test (the "logs" project depends on them): the store's own output
// during the whole suite is structured JSON with request ids, and holds no activation code, no
// API key or webhook secret, and no card number.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import {
  AUTH_SECRET,
  HEALTH_TOKEN,
  SANDBOX_ESIMGO_API_KEY,
  SANDBOX_STRIPE_SECRET_KEY,
  SANDBOX_STRIPE_WEBHOOK_SECRET,
  STORE_LOG_FILE,
} from "./support/env";

test("the store's logs carry request ids and no secrets", async () => {
  const logs = readFileSync(STORE_LOG_FILE, "utf8");
  const json = logs
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(
    json.some((l) => l.scope === "stripe-webhook" && typeof l.requestId === "string" && l.level === "info"),
    "webhook lines with request ids",
  ).toBe(true);
  expect(
    json.some((l) => l.service === "worker" && l.scope === "fulfilment"),
    "worker lines",
  ).toBe(true);

  const codes = await query<{ matchingId: string }>(`SELECT "matchingId" FROM "Esim" WHERE "matchingId" IS NOT NULL`);
  expect(codes.length).toBeGreaterThan(3);
  const secrets = [
    ...codes.map((c) => c.matchingId),
    SANDBOX_ESIMGO_API_KEY,
    SANDBOX_STRIPE_SECRET_KEY,
    SANDBOX_STRIPE_WEBHOOK_SECRET,
    AUTH_SECRET,
    HEALTH_TOKEN,
  ];
  for (const secret of secrets) expect(logs.includes(secret), `a secret (${secret.slice(0, 4)}…) is in the logs`).toBe(false);
  expect(logs).not.toMatch(/LPA:1\$/);
  expect(logs).not.toMatch(/4242 ?4242 ?4242 ?4242|4000 ?0000 ?0000 ?(0002|0077|9995)/);
});
