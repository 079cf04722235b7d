// A reseller's storefront is its own brand, as the embedded default seeds "Nomadic" on
// nomadic.localhost: its name, logo, colour, footer, metadata, structured data, sitemap, prices
// and the sender of its emails, on pages served from the cache; the operator's shop is untouched.
import { expect, test, type Browser } from "@playwright/test";
import { signInWithMailbox } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";

test.beforeAll(({ request }) => waitForCatalogue(request));

const nomadicOrigin = () => `http://nomadic.localhost:${new URL(test.info().project.use.baseURL!).port}`;
const nomadicPage = async (browser: Browser) => (await browser.newContext({ baseURL: nomadicOrigin() })).newPage();

test("Nomadic's pages carry its brand and come from its own cache; the operator's shop keeps its own", async ({ browser, page }) => {
  const nomadic = await nomadicPage(browser);
  // Rendered on a first visit, then served from the cache (a page rendered within 5 s of a
  // catalogue change is rendered once more: lib/db/next-cache-handler.mjs).
  await expect.poll(async () => (await nomadic.goto("/en"))?.headers()["x-nextjs-cache"], { timeout: 15_000 }).toBe("HIT");
  await expect(nomadic).toHaveTitle(/Nomadic/);
  const header = nomadic.getByRole("banner");
  await expect(header.getByRole("link", { name: "Nomadic" })).toBeVisible();
  await expect(header.locator('img[src^="data:image/svg+xml"]')).toBeVisible();
  const footer = nomadic.getByRole("contentinfo");
  await expect(footer).toContainText("Nomadic Travel GmbH (demo)");
  await expect(footer.getByRole("link", { name: /help@nomadic\.example\.test/ })).toHaveAttribute(
    "href",
    "mailto:help@nomadic.example.test",
  );
  await expect(nomadic.locator('link[rel="icon"][href^="data:image/svg+xml"]')).toHaveCount(1);

  // Its colour is the brand's everywhere the stylesheet uses it: the plan page's buy button.
  await nomadic.goto("/en/plans/esim_1GB_7D_JP_V2");
  const buy = nomadic.getByRole("button", { name: /^Continue to payment/ }).first();
  await expect(buy).toHaveCSS("background-color", "rgb(15, 118, 110)");
  const product = JSON.parse((await nomadic.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(product.brand.name).toBe("Nomadic");
  expect(product.offers.url).toBe(`${nomadicOrigin()}/en/plans/esim_1GB_7D_JP_V2`);
  const canonical = await nomadic.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toBe(`${nomadicOrigin()}/en/plans/esim_1GB_7D_JP_V2`);

  // Its prices are its own: above the operator's (below).
  const price = async (p: typeof page) =>
    Number(
      (await p
        .getByRole("button", { name: /^Continue to payment/ })
        .first()
        .textContent())!.match(/[\d.]+(?= each)/)![0],
    );
  const nomadicPrice = await price(nomadic);

  await nomadic.goto("/sitemap.xml");
  expect(await nomadic.content()).toContain(`${nomadicOrigin()}/en/destinations/`);
  await nomadic.goto("/robots.txt");
  expect(await nomadic.content()).toContain(`Sitemap: ${nomadicOrigin()}/sitemap.xml`);

  // The operator's shop, same pages, its own brand and prices.
  await page.goto("/en/plans/esim_1GB_7D_JP_V2");
  expect(await price(page)).toBeLessThan(nomadicPrice);
  await expect(page.getByRole("banner").getByRole("link", { name: "Roamwell" })).toBeVisible();
  await expect(page.getByRole("banner")).not.toContainText("Nomadic");
  await expect(page.getByRole("button", { name: /^Continue to payment/ }).first()).toHaveCSS("background-color", "rgb(29, 99, 222)");
});

test("Nomadic's emails come from Nomadic, in its brand", async ({ browser }) => {
  const nomadic = await nomadicPage(browser);
  const email = `traveller.${Date.now()}@example.com`;
  await signInWithMailbox(nomadic, email);
  await nomadic.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await nomadic.getByTestId("mail").filter({ hasText: "Sign in to Nomadic" }).first().click();
  await expect(nomadic.getByTestId("mail-from")).toContainText("from Nomadic Travel");
  await expect(nomadic.getByTestId("mail-from")).toContainText("reply to help@nomadic.example.test");
  await expect(nomadic.getByTestId("mail-body")).toContainText("Nomadic Travel GmbH (demo)");
});
