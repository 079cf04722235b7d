// A reseller's storefront is its own brand, as the embedded default seeds "Nomadic" on
// nomadic.localhost: its name, logo, colour, footer, metadata, structured data, sitemap, prices
// and the sender of its emails, on pages served from the cache; the operator's shop is untouched.
import { expect, test, type Browser } from "@playwright/test";
import Stripe from "stripe";
import { signInWithMailbox } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { query } from "./support/db";
import { SANDBOX_STRIPE_SECRET_KEY, STRIPE_SANDBOX } from "./support/env";

const sandbox = new URL(STRIPE_SANDBOX);
const stripe = new Stripe(SANDBOX_STRIPE_SECRET_KEY, { host: sandbox.hostname, port: Number(sandbox.port), protocol: "http" });

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

test("a traveller buys on Nomadic: its price, a destination charge with the operator's fee, its email and eSIM Go profile; the account is Nomadic's alone", async ({
  browser,
  page,
}) => {
  test.slow(); // a purchase, two sign-ins
  const nomadic = await nomadicPage(browser);
  const email = `nomad.${Date.now()}@example.com`;
  await startCheckout(nomadic, "esim_1GB_7D_JP_V2", email);
  await payWithCard(nomadic, "4242 4242 4242 4242");
  await expectReady(nomadic);
  expect(new URL(nomadic.url()).origin).toBe(nomadicOrigin());
  const iccid = (await nomadic.getByTestId("esim").textContent())!.match(/ICCID (\d{19,20})/)![1];

  // Paid at Nomadic's price, to Nomadic's connected account; the operator's fee is Nomadic's cost.
  const [order] = await query<{
    id: string;
    total: number;
    fee: number;
    intent: string;
    account: string;
    lineId: string;
    cost: number;
    retail: number;
  }>(
    `SELECT o.id, o."totalMinor" AS total, o."applicationFeeMinor" AS fee, o."stripePaymentIntentId" AS intent,
            t."stripeAccountId" AS account, l.id AS "lineId", p."costMinor" AS cost, p."retailMinor" AS retail
     FROM "Order" o JOIN "Tenant" t ON t.id = o."tenantId" JOIN "OrderLine" l ON l."orderId" = o.id
     JOIN "BundlePrice" p ON p."bundleId" = l."bundleId" AND p."tenantId" = o."tenantId" AND p.currency = o.currency
     WHERE o.email = $1 AND t.slug = 'nomadic'`,
    [email],
  );
  expect(order.total).toBe(order.retail);
  expect(order.fee).toBe(order.cost);
  const intent = await stripe.paymentIntents.retrieve(order.intent);
  const charge = await stripe.charges.retrieve(intent.latest_charge as string);
  expect(charge).toMatchObject({ amount: order.total, application_fee_amount: order.cost, transfer_data: { destination: order.account } });

  // eSIM Go was asked for the eSIM with Nomadic's branding profile.
  const [call] = await query<{ body: { profileID?: string } }>(
    `SELECT "requestBody" AS body FROM "ProviderCall" WHERE "orderLineId" = $1 AND method = 'POST' AND path = '/orders'`,
    [order.lineId],
  );
  expect(call.body.profileID).toBe("nomadic-demo");

  // The activation email is Nomadic's.
  await nomadic.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await nomadic.getByTestId("mail").filter({ hasText: "Your Nomadic eSIM is ready to install" }).first().click();
  await expect(nomadic.getByTestId("mail-from")).toContainText("from Nomadic Travel");

  // Signed in on Nomadic, the eSIM is there; the same email on the operator's shop has nothing.
  const returning = await nomadicPage(browser);
  await signInWithMailbox(returning, email);
  await expect(returning.getByTestId("account-esim").filter({ hasText: iccid })).toBeVisible();
  await signInWithMailbox(page, email);
  await expect(page.getByTestId("account-esim")).toHaveCount(0);
  expect((await page.goto(`/en/account/esims/${iccid}`))?.status()).toBe(404);
});
