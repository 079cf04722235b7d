// Referrals: a friend who comes through a customer's link gets the discount on a first order, and
// the customer's credit appears once the friend's eSIM is delivered; the customer's own second
// account (same card) earns nothing, and their own link gives them no discount.
import { expect, test, type Page } from "@playwright/test";
import { signInWithMailbox, staffPage } from "./support/auth";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { query } from "./support/db";
import { waitForCatalogue } from "./support/catalogue";

test.beforeAll(({ request }) => waitForCatalogue(request));

const PLAN = "esim_1GB_7D_JP_V2";

async function buyThroughLink(page: Page, link: string, email: string, card: string) {
  await page.goto(link);
  await expect(page).toHaveURL(/\/en$/);
  const session = await startCheckout(page, PLAN, email);
  await payWithCard(page, card);
  await expectReady(page);
  return session;
}

const orderOf = async (email: string) =>
  (
    await query<{ id: string; totalMinor: number; referralDiscountMinor: number; subtotalMinor: number }>(
      `SELECT id, "totalMinor", "referralDiscountMinor", "subtotalMinor" FROM "Order" WHERE email = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [email],
    )
  )[0];

test("a friend gets the discount and the referrer the credit once delivered; the referrer's own accounts get nothing", async ({
  page,
  browser,
}) => {
  test.slow(); // four purchases, three sign-ins and a staff reversal in one story
  const stamp = Date.now();
  const referrer = `referrer.${stamp}@example.com`;
  // The referrer is a customer already (card 4242).
  await startCheckout(page, PLAN, referrer);
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  await signInWithMailbox(page, referrer, "/account/referrals");
  await expect(page.getByRole("heading", { name: "Invite friends" })).toBeVisible();
  const link = await page.getByRole("textbox", { name: "Your referral link" }).inputValue();
  expect(link).toMatch(/\/r\/[A-Z2-9]{8}$/);

  // Their own link: no offer and no discount, even under another name on the form.
  await page.goto(link);
  await page.goto(`/plans/${PLAN}`);
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("referral-offer")).toHaveCount(0);

  // A friend, in a fresh browser: the offer on the plan page, the discount on Stripe's page.
  await page.context().clearCookies();
  const friend = `friend.${stamp}@example.com`;
  await page.goto(link);
  await page.goto(`/plans/${PLAN}`);
  await expect(page.getByTestId("referral-offer")).toHaveText("You came through a friend's link: 10 % off your first order.");
  await startCheckout(page, PLAN, friend);
  await expect(page.getByText("Friend's referral discount")).toBeVisible();
  await payWithCard(page, "5555 5555 5555 4444");
  await expectReady(page);
  const bought = await orderOf(friend);
  expect(bought.referralDiscountMinor).toBe(Math.floor(bought.subtotalMinor / 10));
  expect(bought.totalMinor).toBe(bought.subtotalMinor - bought.referralDiscountMinor);

  // The referrer's own second account (another email, the same card): discounted at checkout, but
  // no credit once the card is known.
  await page.context().clearCookies();
  await buyThroughLink(page, link, `referrer.alt.${stamp}@example.com`, "4242 4242 4242 4242");

  const credit = `$${(Math.floor((bought.totalMinor * 10) / 100) / 100).toFixed(2)}`;
  await page.context().clearCookies();
  await signInWithMailbox(page, referrer, "/account/referrals");
  const rows = page.getByTestId("referral");
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(2);
  }).toPass({ timeout: 30_000 });
  await expect(rows.filter({ hasText: `f•••@example.com` })).toContainText(`+${credit} credit`);
  await expect(rows.filter({ hasText: `r•••@example.com` })).toContainText("Not eligible");
  await page.getByRole("link", { name: "Credit" }).click();
  await expect(page.getByTestId("credit-balance")).toHaveText(credit);
  await expect(page.getByTestId("credit-entry")).toHaveCount(1);
  await expect(page.getByTestId("credit-entry")).toContainText("Referral reward: f•••@example.com got their eSIM");

  // A second order by the friend through the link: no discount, no second credit.
  await page.context().clearCookies();
  await page.goto(link);
  await startCheckout(page, PLAN, friend);
  await expect(page.getByText("Friend's referral discount")).toHaveCount(0);

  // Staff see the referral and can take the credit back.
  const staff = await staffPage(browser);
  await staff.goto(`/admin/referrals?email=${encodeURIComponent(referrer)}`);
  const credited = staff.getByTestId("referral-row").filter({ hasText: friend });
  await expect(credited.getByTestId("referral-status")).toHaveText("credited");
  await credited.getByLabel("Reason to reverse").fill("friend is the same household");
  await credited.getByRole("button", { name: "Reverse" }).click();
  await expect(staff.getByTestId("referral-result")).toHaveText("Credit reversed.");
  await expect(credited.getByTestId("referral-status")).toHaveText("reversed: friend is the same household");
});
