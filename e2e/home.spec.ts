import { expect, test } from "@playwright/test";
import { waitForCatalogue } from "./support/catalogue";
import { HEALTH_TOKEN } from "./support/env";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("health reports the database, job queue, eSIM Go and catalogue to a monitor with the token; readiness says ready @phone", async ({
  request,
}) => {
  const res = await request.get("/api/health", { headers: { Authorization: `Bearer ${HEALTH_TOKEN}` } });
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const body = await res.json();
  expect(body.database.status).toBe("up");
  expect(body.queue.status).toBe("up");
  expect(body.esimgo.status).toBe("up");
  expect(body.esimgo.detail).toMatch(/^balance \d/);
  expect(body.catalogue.lastSyncAt).not.toBeNull();
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect((await ready.json()).ready).toBe(true);
});

test("the home page lists destinations from the synced catalogue @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The home page names a few destinations per region; each region's page lists all of them.
  const byRegion = page.getByRole("region", { name: "Destinations by region" });
  const regionLinks = byRegion.getByRole("link", { name: /^All \d+ destinations in / });
  await expect(regionLinks).toHaveCount(6);
  let listed = 0;
  for (const label of await regionLinks.allTextContents()) listed += Number(/All (\d+)/.exec(label)![1]);
  expect(listed).toBeGreaterThanOrEqual(150);
  await expect(page.getByRole("heading", { level: 1 }).locator("xpath=following-sibling::p")).toContainText(`${listed} destinations`);
  const europe = regionLinks.filter({ hasText: "Europe" });
  const inEurope = Number(/All (\d+)/.exec((await europe.textContent())!)![1]);
  await europe.click();
  await expect(page).toHaveURL(/\/en\/regions\/europe$/);
  await expect(page.getByRole("main").locator('a[href^="/en/destinations/"]')).toHaveCount(inEurope);
  await page.goBack();
  const japan = page.getByRole("region", { name: "Popular destinations" }).getByTestId("destination").filter({ hasText: "Japan" });
  await expect(japan).toContainText(/from \$\d+\.99/);
  await expect(page.getByRole("region", { name: "Regional and global plans" })).toContainText("Europe");
  await expect(page.getByRole("region", { name: "Regional and global plans" })).toContainText("Global");
});
