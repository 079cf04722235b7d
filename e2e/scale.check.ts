// Runs after the purchase e2e in the two-instance setup (E2E_WEB_INSTANCES=2): the balancer sends
// each request to the other instance than the one before (so every step of those purchases,
// page, server action, Stripe webhook, thank-you page, moved between instances), the lines were
// fulfilled, and the one worker ran its jobs beside them. Which process fulfils a given line is a
// race by design (the web instance tries at once after the webhook, the worker's job competes),
// so the check does not require the worker to win one.
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
  const fulfilledBy = new Set(lines.filter((l) => l.scope === "fulfilment" && l.outcome === "fulfilled").map((l) => l.service));
  expect([...fulfilledBy].every((s) => ["web-1", "web-2", "worker"].includes(String(s)))).toBe(true);
  expect(fulfilledBy.size).toBeGreaterThan(0);
  expect(lines.some((l) => l.service === "worker" && l.scope === "catalogue")).toBe(true);
});
