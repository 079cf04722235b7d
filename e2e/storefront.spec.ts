// Finding the right plan: search, destination page filters and sorting, plan page, accessibility.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { waitForCatalogue } from "./support/catalogue";

test.beforeAll(({ request }) => waitForCatalogue(request));

async function planCards(page: Page, section: string) {
  return page
    .getByRole("region", { name: section })
    .getByTestId("plan")
    .evaluateAll((cards) =>
      cards.map((c) => ({
        price: Number(c.getAttribute("data-price")),
        perGb: c.getAttribute("data-per-gb"),
        unlimited: c.getAttribute("data-unlimited") === "true",
        days: Number(c.getAttribute("data-days")),
        mb: Number(c.getAttribute("data-mb")),
      })),
    );
}

test("searching “japn” finds Japan, with the keyboard @phone", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Where are you going?" });
  await box.click();
  await box.pressSequentially("japn");
  await expect(page.getByRole("listbox").getByRole("option").first()).toHaveText("Japan");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/destinations\/jp$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan eSIM");
});

test("searching works without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Where are you going?").fill("thialand");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=thialand/);
  const results = page.getByRole("region", { name: /Destinations matching/ }).getByTestId("destination");
  await expect(results.first()).toContainText("Thailand");
  await context.close();
});

test("the Japan page lists Japan plans, then Asia and global plans that cover Japan", async ({ page }) => {
  await page.goto("/destinations/jp");
  expect((await planCards(page, "Japan plans")).length).toBeGreaterThan(5);
  await expect(page.getByRole("region", { name: "Regional plans including Japan" }).getByTestId("plan").first()).toContainText("Asia");
  await expect(page.getByRole("region", { name: "Global plans" }).getByTestId("plan").first()).toContainText("Global");
  await expect(page.getByRole("region", { name: "Regional plans including Japan" })).not.toContainText("Europe");
});

test("filters and sorting change the list as expected", async ({ page }) => {
  await page.goto("/destinations/jp");
  const prices = (await planCards(page, "Japan plans")).map((p) => p.price);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  await page.getByLabel("Data").selectOption("unlimited");
  await expect(page).toHaveURL(/data=unlimited/);
  const unlimited = await planCards(page, "Japan plans");
  expect(unlimited.length).toBeGreaterThan(0);
  expect(unlimited.every((p) => p.unlimited)).toBe(true);

  // "Unlimited" says what it is: the daily full-speed allowance, then the throttled speed.
  await page.getByLabel("Data").selectOption("unlimitedEssential");
  await expect(page).toHaveURL(/data=unlimitedEssential/);
  const essential = page.getByRole("region", { name: "Japan plans" }).getByTestId("plan");
  await expect(essential.first()).toBeVisible();
  for (const text of await essential.allTextContents()) expect(text).toContain("1 GB a day at full speed, then 1.25 Mb/s");

  // Each change reloads the list (the form submits itself): wait for it before the next change.
  await page.getByLabel("Data").selectOption("5to10");
  await expect(page).toHaveURL(/data=5to10/);
  await page.getByLabel("Duration").selectOption("16to30");
  await expect(page).toHaveURL(/days=16to30/);
  const mid = await planCards(page, "Japan plans");
  expect(mid.length).toBeGreaterThan(0);
  expect(mid.every((p) => !p.unlimited && p.mb >= 5000 && p.mb <= 10000 && p.days >= 16 && p.days <= 30)).toBe(true);

  await page.getByLabel("Data").selectOption("all");
  await expect(page).toHaveURL(/data=all&days=16to30/);
  await page.getByLabel("Duration").selectOption("all");
  await expect(page).toHaveURL(/data=all&days=all/);
  await page.getByLabel("Sort by").selectOption("pergb");
  await expect(page).toHaveURL(/sort=pergb/);
  const perGb = (await planCards(page, "Japan plans")).filter((p) => !p.unlimited).map((p) => Number(p.perGb));
  expect(perGb).toEqual([...perGb].sort((a, b) => a - b));
  expect(perGb[0]).toBeLessThan(prices[0]); // a big plan is cheaper per GB than the cheapest plan
});

test("a plan page explains the plan and leads into checkout @phone", async ({ page }) => {
  await page.goto("/destinations/jp");
  await page.getByRole("region", { name: "Japan plans" }).getByTestId("plan").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/plans\/esim_/);
  await expect(page.getByRole("heading", { name: "When does it start?" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What if the data runs out?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Check your device" })).toHaveAttribute("href", "/en/devices");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd["@type"]).toBe("Product");
  expect(jsonLd.offers.priceCurrency).toBe("USD");
  await page.getByLabel("Email for your eSIM").fill(`storefront.${Date.now()}@example.com`);
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await expect(page).toHaveURL(/\/pay\/cs_test_/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(jsonLd.offers.price);
});

test("the device list finds eSIM phones", async ({ page }) => {
  await page.goto("/devices");
  await page.getByLabel("Search your phone, tablet or watch").fill("pixel 7");
  await expect(page.getByTestId("device")).toHaveText(["Pixel 7", "Pixel 7 Pro", "Pixel 7a"]);
  await page.getByLabel("Search your phone, tablet or watch").fill("nokia 3310");
  await expect(page.getByRole("status")).toContainText("may not support eSIM");
});

test("search engines get metadata, a sitemap and robots rules", async ({ page, request }) => {
  await page.goto("/destinations/fr");
  await expect(page).toHaveTitle(/France eSIM data plans from \$\d+\.\d\d/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /France eSIM/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/destinations\/fr$/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/destinations/jp</loc>");
  expect(sitemap).toContain("/plans/esim_1GB_7D_JP_V2</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /order/");
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});

for (const [name, path] of [
  ["home", "/"],
  ["destination", "/destinations/jp"],
  ["plan", "/plans/esim_1GB_7D_JP_V2"],
  ["devices", "/devices"],
  ["German home", "/de"],
  ["Japanese destination", "/ja/destinations/jp"],
  ["French plan", "/fr/plans/esim_1GB_7D_JP_V2"],
  ["Portuguese install guide", "/pt/guides/ios"],
] as const) {
  test(`axe finds no serious or critical accessibility problem on the ${name} page @phone`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(bad).toEqual([]);
  });
}
