import { expect, test } from "@playwright/test";

test.beforeAll(async ({ request }) => {
  // The worker syncs the sandbox catalogue on first start; wait until the database has it.
  await expect
    .poll(async () => (await (await request.get("/api/health")).json()).catalogue?.lastSyncAt ?? null, { timeout: 30_000, intervals: [250] })
    .not.toBeNull();
});

test("health reports the database as up @phone", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const body = await res.json();
  expect(body.database.status).toBe("up");
  expect(body.catalogue.lastSyncAt).not.toBeNull();
});

test("the home page lists destinations from the synced catalogue @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const all = page.getByRole("region", { name: "All destinations" }).getByTestId("destination");
  expect(await all.count()).toBeGreaterThanOrEqual(150);
  const japan = page.getByRole("region", { name: "Popular destinations" }).getByTestId("destination").filter({ hasText: "Japan" });
  await expect(japan).toContainText(/from \$\d+\.99/);
  await expect(page.getByRole("region", { name: "Regional and global plans" })).toContainText("Europe");
  await expect(page.getByRole("region", { name: "Regional and global plans" })).toContainText("Global");
});
