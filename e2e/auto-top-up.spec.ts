// Automatic top-up: a customer saves a card on Stripe's page and picks plan, trigger and cap; when
// eSIM Go reports 90 % used, exactly one top-up is bought (repeated reports change nothing) and
// lands on the same ICCID. A card that needs authentication or is declined buys nothing, pauses the
// rule and emails the customer a way to pay.
import { expect, test, type Page } from "@playwright/test";
import { signInWithMailbox } from "./support/auth";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { query } from "./support/db";
import { spendData } from "./support/esimgo";
import { waitForCatalogue } from "./support/catalogue";

test.beforeAll(({ request }) => waitForCatalogue(request));

const PLAN = "esim_1GB_7D_JP_V2";

async function turnOn(page: Page, iccid: string, card: string) {
  await page.goto(`/account/esims/${iccid}`);
  await page.getByRole("link", { name: "Set up automatic top-up" }).click();
  await page.getByLabel("Plan to buy").selectOption({ label: "1 GB · 7 days · $4.99" });
  await page.getByLabel("when my plan is 90 % used").check();
  await page.getByLabel("Monthly limit (USD)").fill("20");
  await page.getByRole("button", { name: "Save and add a card" }).click();
  await expect(page.getByRole("heading", { name: "Save a card for later payments" })).toBeVisible();
  await page.getByLabel("Card number").fill(card);
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByTestId("auto-top-up-status")).toContainText(`•••• ${card.slice(-4)}`, { timeout: 15_000 });
}

const autoOrders = (iccid: string) =>
  query<{ status: string }>(
    `SELECT o.status FROM "Order" o JOIN "AutoTopUp" a ON a.id = o."autoTopUpId" JOIN "Esim" e ON e.id = a."esimId" WHERE e.iccid = $1`,
    [iccid],
  );

test("one top-up per trigger with a good card; 3155 and 9995 buy nothing, pause and tell the customer", async ({ page }) => {
  test.slow(); // one purchase of three eSIMs, three saved cards, three usage stories
  const email = `auto.${Date.now()}@example.com`;
  await startCheckout(page, PLAN, email, async (p) => void (await p.getByLabel("Number of eSIMs").selectOption("3")));
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  const iccids = (await page.getByTestId("esim").allTextContents()).map((t) => t.match(/ICCID (\d{19,20})/)![1]);
  expect(iccids).toHaveLength(3);
  const [good, needsAuth, declines] = iccids;

  await page.context().clearCookies();
  await signInWithMailbox(page, email);
  await turnOn(page, good, "4242 4242 4242 4242");
  await expect(page.getByTestId("auto-top-up-status")).toContainText(
    "On: Japan · 1 GB · 7 days when my plan is 90 % used, up to $20.00 a month",
  );

  // 95 % used, reported three times: one top-up, on the same ICCID.
  await spendData(good, 950_000_000);
  await spendData(good, 10_000_000);
  await spendData(good, 5_000_000);
  await expect(async () => {
    await page.goto(`/account/esims/${good}`);
    await expect(page.getByRole("region", { name: "Queued plans" }).getByTestId("bundle")).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  expect((await autoOrders(good)).map((o) => o.status)).toEqual(["fulfilled"]);
  await expect(page.getByTestId("auto-top-up-status")).toContainText("so far this month");
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("mail").filter({ hasText: "top-up is ready" })).toHaveCount(1);

  for (const [iccid, card, paused] of [
    [needsAuth, "4000 0025 0000 3155", "Paused: your bank asked you to confirm a payment"],
    [declines, "4000 0000 0000 9995", "Paused: your card was declined"],
  ] as const) {
    await turnOn(page, iccid, card);
    await spendData(iccid, 950_000_000);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("auto-top-up-status")).toContainText(paused, { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    expect((await autoOrders(iccid)).map((o) => o.status)).toEqual(["payment_failed"]);
  }
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const told = page.getByTestId("mail").filter({ hasText: "Your automatic top-up needs you" });
  await expect(told).toHaveCount(2);
  await told.first().click();
  await expect(page.getByTestId("mail-body").getByRole("link", { name: "Pay for the top-up now" })).toHaveAttribute(
    "href",
    /\/account\/esims\/\d+\/top-up\?country=JP$/,
  );

  // Turned off, a further report buys nothing.
  await page.goto(`/account/esims/${good}/auto-top-up`);
  await page.getByRole("button", { name: "Turn off automatic top-up" }).click();
  await expect(page.getByTestId("auto-top-up-status")).toHaveText("Off.");
});
