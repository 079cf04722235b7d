// Runs after the purchase e2e in the two-instance setup (E2E_WEB_INSTANCES=2): the balancer sends
// each request to the other instance than the one before (so every step of those purchases,
// page, server action, Stripe webhook, thank-you page, moved between instances), and the one
// worker fulfilled the orders.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { STORE_LOG_FILE } from "./support/env";

test("both web instances served the purchase flow", async ({ request }) => {
  const servedBy: string[] = [];
  for (let i = 0; i < 4; i++) servedBy.push((await request.get("/api/ready")).headers()["x-served-by"]);
  expect(servedBy[0]).not.toBe(servedBy[1]);
  expect(servedBy[1]).not.toBe(servedBy[2]);
  expect([...new Set(servedBy)].sort()).toEqual(["web-1", "web-2"]);

  const lines = readFileSync(STORE_LOG_FILE, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.some((l) => l.service === "worker" && l.scope === "fulfilment" && l.outcome === "fulfilled")).toBe(true);
});
