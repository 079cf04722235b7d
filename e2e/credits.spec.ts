// Store credit end to end: staff record a credit, confirm it as a second step, and the customer
// uses it at checkout: partly (Stripe shows the discount, the card pays the rest) and wholly (no
// card at all, the eSIM arrives straight away).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { secondStaffPage, signInWithMailbox, staffPage } from "./support/auth";
import { expectReady, payWithCard } from "./support/checkout";
import { waitForCatalogue } from "./support/catalogue";
import { query } from "./support/db";

test.beforeAll(({ request }) => waitForCatalogue(request));

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithMailbox(page, email);
  return page;
}

async function grantCredit(staff: Page, email: string, amount: string) {
  const confirmer = await secondStaffPage(staff.context().browser()!);
  await staff.goto("/admin/credits");
  const form = staff.getByRole("form", { name: "Record a credit" });
  await form.getByLabel("Customer email").fill(email);
  await form.getByLabel(/Amount/).fill(amount);
  await form.getByLabel(/Reason/).fill("Sorry for the slow delivery");
  await form.getByRole("button", { name: "Record credit" }).click();
  await expect(staff.getByTestId("credit-result")).toHaveText("Credit recorded. It counts once another staff member confirms it.");
  const pending = (page: Page) => page.getByTestId("ledger-entry").filter({ hasText: email }).filter({ hasText: "pending" });
  await expect(pending(staff)).toHaveCount(1);
  // Four eyes: whoever recorded it cannot confirm it.
  await pending(staff).getByRole("button", { name: "Confirm" }).click();
  await expect(staff.getByText("A credit must be confirmed by a different staff member than the one who recorded it.")).toBeVisible();
  await confirmer.goto(`/admin/credits?email=${encodeURIComponent(email)}`);
  await pending(confirmer).getByRole("button", { name: "Confirm" }).click();
  await expect(confirmer.getByTestId("credit-result")).toHaveText("Credit confirmed: the customer can use it now.");
  await expect(confirmer.getByTestId("ledger-entry").filter({ hasText: email }).first().getByTestId("ledger-status")).toHaveText(
    "confirmed",
  );
  await confirmer.context().close();
}

const money = (text: string) => Math.round(Number(text.replace(/[^0-9.]/g, "")) * 100);

test("a staff credit is recorded, confirmed and then used at checkout", async ({ browser }) => {
  const email = `credit.${Date.now()}@example.com`;
  const customer = await signedIn(browser, email);
  const staff = await staffPage(browser);

  // Confirmed credit shows in the customer's account.
  await grantCredit(staff, email, "1.00");
  await customer.goto("/account/credits");
  await expect(customer.getByTestId("credit-balance")).toHaveText("$1.00");

  // Part of the price: Stripe shows the credit and charges the rest.
  await customer.goto("/plans/esim_3GB_30D_FR_V2");
  const price = money((await customer.getByRole("heading", { level: 1 }).locator("xpath=following-sibling::p[1]").textContent())!);
  await expect(customer.getByLabel("Email for your eSIM")).toHaveValue(email);
  await expect(customer.getByLabel(/Use my store credit/)).toBeChecked();
  await expect(customer.getByText("($1.00 available)")).toBeVisible();
  await customer.getByRole("button", { name: /Continue to payment/ }).click();
  await customer.waitForURL(/\/pay\/cs_test_/);
  await expect(customer.getByText("Store credit")).toBeVisible();
  await expect(customer.getByRole("heading", { level: 1 })).toHaveText(`Pay $${((price - 100) / 100).toFixed(2)}`);
  await payWithCard(customer, "4242 4242 4242 4242");
  await expectReady(customer);

  // All of the price: no card page at all.
  await grantCredit(staff, email, "50.00");
  await customer.goto("/plans/esim_1GB_7D_JP_V2");
  const second = money((await customer.getByRole("heading", { level: 1 }).locator("xpath=following-sibling::p[1]").textContent())!);
  // The cached plan page learns the customer's credit after it loads; wait for it, as a person would.
  await expect(customer.getByLabel(/Use my store credit/)).toBeChecked();
  await customer.getByRole("button", { name: /Continue to payment/ }).click();
  await expectReady(customer);
  await expect(customer.getByTestId("activation-code")).toHaveText(/^LPA:1\$/);

  await customer.goto("/account/credits");
  await expect(customer.getByTestId("credit-balance")).toHaveText(`$${((5000 - second) / 100).toFixed(2)}`);
  await expect(customer.getByTestId("credit-entry").filter({ hasText: "Paid towards order" })).toHaveCount(2);
});

test("customers cannot open the credit ledger or call its actions", async ({ browser }) => {
  const target = `target.${Date.now()}@example.com`;
  const customer = await signedIn(browser, `nosy.${Date.now()}@example.com`);
  await (await signedIn(browser, target)).context().close();
  const staff = await staffPage(browser);
  await staff.goto("/admin/credits");
  const form = staff.getByRole("form", { name: "Record a credit" });
  await form.getByLabel("Customer email").fill(target);
  await form.getByLabel(/Amount/).fill("9.00");
  await form.getByLabel(/Reason/).fill("Goodwill");
  const [sent] = await Promise.all([
    staff.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    form.getByRole("button", { name: "Record credit" }).click(),
  ]);
  await expect(staff.getByTestId("credit-result")).toBeVisible();
  const entries = () => query(`SELECT 1 FROM "CreditEntry" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1`, [target]);
  expect(await entries()).toHaveLength(1);

  expect((await customer.goto("/admin/credits"))?.status()).toBe(404);
  const replay = await customer.request.post(sent.url(), {
    data: sent.postDataBuffer()!,
    headers: {
      "Content-Type": sent.headers()["content-type"],
      "Next-Action": sent.headers()["next-action"],
      Accept: "text/x-component",
      Origin: new URL(sent.url()).origin,
    },
  }); // as the customer's own browser would send it
  expect(replay.status()).toBe(404);
  expect(await entries()).toHaveLength(1);
});
