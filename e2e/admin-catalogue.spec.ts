// Staff run the catalogue and look after customers from the browser: a pricing rule previewed then
// saved changes the storefront price, a disabled bundle leaves the store, featuring changes the
// home page, and customer and eSIM pages show what staff need (with a live eSIM Go refresh).
import { expect, test } from "@playwright/test";
import { signInWithMailbox, staffPage } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { query } from "./support/db";

test.describe.configure({ mode: "serial" });
test.beforeAll(({ request }) => waitForCatalogue(request));

test("a pricing rule is previewed, saved, and the storefront shows the new price", async ({ browser, page }) => {
  const staff = await staffPage(browser);
  await staff.goto("/admin/pricing");
  const form = staff.getByRole("form", { name: "Pricing rule" });
  await form.getByLabel("Scope").selectOption("country");
  await form.getByLabel(/Applies to/).fill("pt");
  await form.getByLabel(/Markup/).fill("80");
  await form.getByLabel(/Minimum margin/).fill("0.50");
  await form.getByLabel(/Price ending/).fill("29");
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(staff.getByTestId("pricing-preview-summary")).toContainText(/would price \d+ bundles/);
  const row = staff.getByTestId("pricing-preview-row").filter({ hasText: "esim_1GB_7D_PT_V2" });
  const after = (await row.locator("td").nth(3).textContent())!;
  expect(after).toMatch(/\.29$/);
  expect(await query(`SELECT 1 FROM "PricingRule" WHERE match = 'PT'`)).toHaveLength(0); // preview saves nothing

  await staff.getByRole("button", { name: "Save rule" }).click();
  await expect(staff.getByTestId("pricing-result")).toHaveText(/Rule saved; \d+ prices changed\./);
  await expect(staff.getByTestId("pricing-rule").filter({ hasText: "PT" })).toContainText("80.0 %");
  await page.goto("/plans/esim_1GB_7D_PT_V2");
  await expect(page.getByText(after, { exact: true }).first()).toBeVisible();
});

test("a disabled bundle leaves the store and comes back when enabled", async ({ browser, page }) => {
  const staff = await staffPage(browser);
  await staff.goto("/admin/catalogue?q=esim_3GB_30D_PT_V2");
  const bundle = staff.getByTestId("catalogue-bundle").filter({ hasText: "esim_3GB_30D_PT_V2" });
  await bundle.getByRole("button", { name: "Disable" }).click();
  await expect(bundle.getByTestId("bundle-status")).toHaveText("disabled");
  expect((await page.goto("/plans/esim_3GB_30D_PT_V2"))?.status()).toBe(404);
  await bundle.getByRole("button", { name: "Enable" }).click();
  await expect(bundle.getByTestId("bundle-status")).toHaveText("on sale");
  expect((await page.goto("/plans/esim_3GB_30D_PT_V2"))?.status()).toBe(200);
});

test("featuring a destination puts it on the home page", async ({ browser, page }) => {
  const staff = await staffPage(browser);
  await staff.goto("/admin/catalogue/destinations?q=Mongolia");
  const row = staff.getByTestId("destination-row").filter({ hasText: "Mongolia" });
  await row.getByRole("button", { name: "Feature" }).click();
  await expect(row.getByRole("button", { name: "★ Featured" })).toBeVisible();
  // The home page is cached: the first visit after a change may still be served the previous
  // copy while it refreshes, so visit until the change shows (bounded).
  const popular = page.getByRole("region", { name: "Popular destinations" });
  const homeShowsMongolia = (count: number) =>
    expect(async () => {
      await page.goto("/");
      await expect(popular.getByRole("link", { name: /Japan/ }).first()).toBeVisible();
      await expect(popular.getByRole("link", { name: /Mongolia/ })).toHaveCount(count, { timeout: 500 });
    }).toPass({ timeout: 15_000 });
  await homeShowsMongolia(1);
  await row.getByRole("button", { name: "★ Featured" }).click();
  await expect(row.getByRole("button", { name: "Feature" })).toBeVisible();
  await homeShowsMongolia(0);
});

test("staff find a customer and an eSIM, refresh it from eSIM Go and read its history", async ({ browser, page }) => {
  const email = `lookup.${Date.now()}@example.com`;
  await signInWithMailbox(page, email);
  await startCheckout(page, "esim_1GB_7D_JP_V2", email);
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  const [esim] = await query<{ iccid: string; ownerEmail: string }>(`SELECT iccid, "ownerEmail" FROM "Esim" WHERE "ownerEmail" = $1`, [
    email,
  ]);
  const staff = await staffPage(browser);
  await staff.goto("/admin/customers");
  await staff.getByLabel("Email, ICCID or order id").fill(esim.ownerEmail);
  await staff.getByRole("button", { name: "Find" }).click();
  await staff.getByTestId("found-customer").getByRole("link").first().click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(esim.ownerEmail);
  await staff.getByRole("region", { name: "eSIMs" }).getByRole("link", { name: esim.iccid }).click();
  await expect(staff.getByTestId("esim-plan").first()).toBeVisible();
  await expect(staff.getByTestId("provider-history").locator("li").first()).toBeVisible();
  await staff.getByRole("button", { name: "Refresh from eSIM Go" }).click();
  await expect(staff.getByTestId("esim-result")).toHaveText(/Refreshed/);
});
