// Selling in every market: the visitor's language picks the first page, prices are shown and
// charged in the visitor's currency (yen without decimals), storefront pages come from the cache
// under a CSP that allows only the scripts each page carries, and the buyer's language follows
// them to the thank-you page and the email.
import { expect, test, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import Stripe from "stripe";
import { staffPage } from "./support/auth";
import { payWithCard } from "./support/checkout";
import { query } from "./support/db";
import { SANDBOX_STRIPE_SECRET_KEY, STRIPE_SANDBOX } from "./support/env";
import { waitForCatalogue } from "./support/catalogue";

const unique = (tag: string) => `${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
const sandboxUrl = new URL(STRIPE_SANDBOX);
const stripe = new Stripe(SANDBOX_STRIPE_SECRET_KEY, { host: sandboxUrl.hostname, port: Number(sandboxUrl.port), protocol: "http" });

test.beforeAll(({ request }) => waitForCatalogue(request));

// The price the plan page shows, in minor units of its currency (4,99 € → 499; ￥690 → 690).
async function shownPrice(page: Page): Promise<{ text: string; minor: number }> {
  const text = (await page.getByTestId("plan-price").textContent())!.trim();
  return { text, minor: Number(text.replace(/[^\d]/g, "")) };
}

async function orderOf(email: string) {
  const rows = await query<{ id: string; currency: string; locale: string; totalMinor: number; stripeCheckoutSessionId: string }>(
    `SELECT id, currency, locale, "totalMinor", "stripeCheckoutSessionId" FROM "Order" WHERE email = $1`,
    [email],
  );
  return rows[0];
}

test("a German visitor lands in German, finds Japan by typing “japn”, pays in euros and reads the eSIM and email in German", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/de$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  const box = page.getByRole("combobox", { name: "Wohin reisen Sie?" });
  await box.click();
  await box.pressSequentially("japn");
  await expect(page.getByRole("listbox").getByRole("option").first()).toHaveText("Japan");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/de\/destinations\/jp$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("eSIM für Japan");

  await page.locator('a[href$="/plans/esim_1GB_7D_JP_V2"]').first().click();
  await expect(page).toHaveURL(/\/de\/plans\/esim_1GB_7D_JP_V2$/);
  const price = await shownPrice(page);
  expect(price.text).toMatch(/^\d+,\d\d\s€$/);
  const email = unique("de");
  await page.getByLabel("E-Mail für Ihre eSIM").fill(email);
  await page.getByRole("button", { name: /Weiter zur Zahlung/ }).click();
  await page.waitForURL(/\/pay\/cs_test_/);

  const order = await orderOf(email);
  expect(order).toMatchObject({ currency: "EUR", locale: "de", totalMinor: price.minor });
  const session = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId);
  expect(session).toMatchObject({ currency: "eur", amount_total: price.minor, locale: "de" });

  await payWithCard(page, "4242 4242 4242 4242");
  await page.waitForURL(/\/de\/order\/[^?]+\?token=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre eSIM ist bereit", { timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Auf iPhone installieren" })).toBeVisible();

  await expect
    .poll(async () => (await query(`SELECT status FROM "EmailOutbox" WHERE "to" = $1 AND kind = 'activation'`, [email]))[0]?.status, {
      timeout: 20_000,
    })
    .toBe("sent");
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByTestId("mail").filter({ hasText: "ist bereit zur Installation" }).click();
  await expect(page.getByTestId("mail-body")).toContainText("So installieren Sie sie");
  await expect(page.getByTestId("mail-body").getByRole("link", { name: "Bestellung und Installationsdaten ansehen" })).toHaveAttribute(
    "href",
    /\/de\/order\//,
  );
  await context.close();
});

test("a purchase in yen charges whole yen in Stripe, and a staff refund goes back in yen", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  await page.goto("/plans/esim_1GB_7D_JP_V2");
  await expect(page).toHaveURL(/\/ja\/plans\/esim_1GB_7D_JP_V2$/);
  const price = await shownPrice(page);
  expect(price.text).toMatch(/^[￥¥][\d,]+0$/); // no decimals, a whole ten
  const email = unique("ja");
  await page.getByLabel("eSIMを受け取るメールアドレス").fill(email);
  await page.getByRole("button", { name: /支払いへ進む/ }).click();
  await page.waitForURL(/\/pay\/cs_test_/);
  const order = await orderOf(email);
  expect(order).toMatchObject({ currency: "JPY", locale: "ja", totalMinor: price.minor });
  expect((await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId)).amount_total).toBe(price.minor);
  await payWithCard(page, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("eSIMの準備ができました", { timeout: 30_000 });
  await context.close();

  const staff = await staffPage(browser);
  await staff.goto(`/admin/orders/${order.id}`);
  const refund = staff.getByRole("region", { name: "Refund" });
  await expect(refund.getByLabel("Amount")).toHaveValue(String(price.minor));
  await refund.getByLabel("Reason").fill("Trip cancelled");
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(staff.getByTestId("timeline")).toContainText("refund");
  const [{ intentId }] = await query<{ intentId: string }>(`SELECT "stripePaymentIntentId" AS "intentId" FROM "Order" WHERE id = $1`, [
    order.id,
  ]);
  const intent = await stripe.paymentIntents.retrieve(intentId);
  const charge = await stripe.charges.retrieve(intent.latest_charge as string);
  expect(charge).toMatchObject({ currency: "jpy", amount: price.minor, amount_refunded: price.minor });
  expect(await query(`SELECT currency, "amountMinor", status FROM "Refund" WHERE "orderId" = $1`, [order.id])).toEqual([
    { currency: "JPY", amountMinor: price.minor, status: "succeeded" },
  ]);
});

test("storefront pages in every language come from the cache, with a CSP that lists exactly their scripts", async ({ request }) => {
  for (const path of ["/de", "/ja/destinations/jp", "/fr/plans/esim_1GB_7D_JP_V2", "/es/devices"]) {
    await request.get(path); // the first visit may render; the second must not
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
    const policy = response.headers()["content-security-policy"];
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+ 'strict-dynamic'$/);
    const html = await response.text();
    for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
      expect(scriptSrc, `${path}: an inline script is not allowed`).toContain(hash);
    }
    for (const [, integrity] of html.matchAll(/<script[^>]*\bsrc="\/_next\/[^"]+"[^>]*\bintegrity="([^"]+)"/g))
      expect(scriptSrc, `${path}: a script file is not allowed`).toContain(`'${integrity}'`);
  }
});

test("each page names its versions in the other languages, and the switcher keeps the visitor on the same page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/de/destinations/jp");
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/ja\/destinations\/jp$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/en\/destinations\/jp$/);
  await expect(page.getByTestId("plan-price").first()).toContainText("€");

  await page.getByLabel("Sprache").selectOption("fr");
  await expect(page).toHaveURL(/\/fr\/destinations\/jp$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("eSIM Japon");
  await page.getByLabel("Devise").selectOption("GBP");
  await expect(page.getByTestId("plan-price").first()).toContainText("£");
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/, { timeout: 10_000 }); // the choice is remembered
  await context.close();
});
