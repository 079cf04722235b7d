// My Account end to end: a guest buys, signs in later with the same email through the mailbox
// link, sees the eSIM, tops it up, removes an unused plan for a refund, and cannot remove a used one.
import { expect, test } from "@playwright/test";
import { signInWithMailbox as signIn } from "./support/auth";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { query } from "./support/db";
import { spendData } from "./support/esimgo";
import { waitForCatalogue } from "./support/catalogue";

test.describe.configure({ mode: "serial" });

const email = `returning.${Date.now()}@example.com`;
let iccid = "";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("a guest buys, then signs in with the same email through the mailbox link and sees the eSIM @phone", async ({ page }) => {
  await startCheckout(page, "esim_1GB_7D_JP_V2", email);
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  iccid = (await page.getByTestId("esim").textContent())!.match(/ICCID (\d{19,20})/)![1];

  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-esim").filter({ hasText: iccid })).toContainText("Japan · 1 GB · 7 days");
  await page.getByRole("link", { name: "Orders" }).click();
  await page.getByTestId("order").first().click();
  await expect(page.getByRole("heading", { name: "Receipt" })).toBeVisible();
});

test("a top-up with a compatible plan lands queued on the same ICCID", async ({ page }) => {
  await signIn(page, email, `/account/esims/${iccid}/top-up`);
  await page.getByLabel("Where are you going?").fill("japan");
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("list", { name: "Destinations" }).getByRole("link", { name: "Japan" }).click();
  const plans = page.getByTestId("topup-plan");
  await expect(plans.first()).toBeVisible({ timeout: 30_000 });
  // Japan, Asia and global "Unlimited · 7 days" (Lite and Essential) fit; their "Plus" twins need
  // another eSIM profile.
  await expect(plans.filter({ hasText: "Unlimited · 7 days" })).toHaveCount(6);
  expect(await plans.count()).toBe(60 - 9); // the nine "Plus" plans are not offered
  await plans
    .filter({ hasText: "3 GB · 30 days" })
    .first()
    .getByRole("button", { name: /Top up/ })
    .click();
  await payWithCard(page, "4242 4242 4242 4242");
  await page.waitForURL(/\/order\//);
  await expect(page.getByTestId("line-status")).toHaveText("Ready", { timeout: 30_000 });

  await page.goto(`/account/esims/${iccid}`);
  const queued = page.getByRole("region", { name: "Queued plans" }).getByTestId("bundle");
  await expect(queued.filter({ hasText: "Japan · 3 GB · 30 days" })).toBeVisible();
  expect(await query(`SELECT 1 FROM "Esim" WHERE "ownerEmail" = $1`, [email])).toHaveLength(1); // no new eSIM
});

test("finding 5 and 9: a 6,000-character or repeated search on the top-up page is cut to one short query", async ({ page }) => {
  await signIn(page, email, `/account/esims/${iccid}`);
  const long = await page.goto(`/account/esims/${iccid}/top-up?q=${"japan".repeat(1200)}`);
  expect(long!.status()).toBe(200);
  expect(new URL(page.url()).searchParams.get("q")!.length).toBeLessThanOrEqual(512);
  expect((await page.getByLabel("Where are you going?").inputValue()).length).toBeLessThanOrEqual(60);
  const repeated = await page.goto(`/account/esims/${iccid}/top-up?q=japan&q=france`);
  expect(repeated!.status()).toBe(200);
  await expect(page.getByLabel("Where are you going?")).toHaveValue("japan");
  await expect(page.getByRole("list", { name: "Destinations" }).getByRole("link", { name: "Japan" })).toBeVisible();
  // Flags (the request the slow search used to hold up) still answer.
  expect((await page.request.get("/flags/jp.svg")).status()).toBe(200);
});

test("an unused plan can be removed for a refund; a started one is refused with the reason", async ({ page }) => {
  await signIn(page, email, `/account/esims/${iccid}`);
  await page
    .getByRole("region", { name: "Queued plans" })
    .getByTestId("bundle")
    .filter({ hasText: "Japan · 3 GB · 30 days" })
    .getByRole("link", { name: "Remove this plan" })
    .click();
  await expect(page.getByText(/back to your card/)).toBeVisible();
  await page.getByRole("button", { name: "Remove and refund" }).click();
  await expect(page.getByTestId("removal-result")).toContainText("refund is on its way to your card");
  const [refund] = await query<{ status: string; method: string }>(
    `SELECT r.status, r.method FROM "Refund" r JOIN "Order" o ON o.id = r."orderId" WHERE o.email = $1`,
    [email],
  );
  expect(refund).toEqual({ status: "succeeded", method: "card" });

  // The first plan starts being used abroad; removing it is refused and says why.
  await spendData(iccid, 50_000_000);
  const [first] = await query<{ id: string }>(
    `SELECT a.id FROM "BundleAssignment" a JOIN "Esim" e ON e.id = a."esimId" WHERE e.iccid = $1 AND a."bundleName" = 'esim_1GB_7D_JP_V2'`,
    [iccid],
  );
  await page.goto(`/account/esims/${iccid}/bundles/${first.id}/remove`);
  await expect(page.getByTestId("removal-refused")).toContainText(/used|started/);
  await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
});

test("another customer cannot see this customer's eSIM, QR code or receipt", async ({ page }) => {
  await signIn(page, `someone.else.${Date.now()}@example.com`);
  await expect(page.getByTestId("account-esim")).toHaveCount(0);
  for (const path of [`/account/esims/${iccid}`, `/account/esims/${iccid}/top-up`, `/account/esims/${iccid}/auto-top-up`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  const [order] = await query<{ id: string }>(`SELECT id FROM "Order" WHERE email = $1 LIMIT 1`, [email]);
  expect((await page.goto(`/account/orders/${order.id}`))?.status()).toBe(404);
  expect((await page.goto(`/order/${order.id}`))?.status()).toBe(404);
});

test("signing in is rate limited per email with a clear message", async ({ page }) => {
  const address = `limited.${Date.now()}@example.com`;
  for (let i = 0; i < 5; i++) {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(address);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(address);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/Too many sign-in requests\. Please try again in \d+ minutes\./);
});
