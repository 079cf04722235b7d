// Drives a purchase through the storefront up to (and through) the Stripe sandbox's card page.
import { expect, type Page } from "@playwright/test";

// fillMore: anything else the buyer fills in before paying (a gift's recipient, say).
export async function startCheckout(page: Page, plan: string, email: string, fillMore?: (page: Page) => Promise<void>) {
  await page.goto(`/plans/${plan}`);
  // The page is cached for everyone: it hydrates, then fetches a signed-in buyer's email and
  // credit. Type once it has settled, as a person reading the page would.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email for your eSIM").fill(email);
  await fillMore?.(page);
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  // Either the Stripe page opens or the form explains why not; fail with that explanation.
  const refused = page.locator("#checkout-error");
  await expect(page)
    .toHaveURL(/\/pay\/cs_test_/, { timeout: 20_000 })
    .catch(async (error) => {
      if (await refused.isVisible()) throw new Error(`checkout refused: ${await refused.textContent()}`);
      throw error;
    });
  return page.url().split("/pay/")[1];
}

export async function payWithCard(page: Page, card: string) {
  await page.getByLabel("Card number").fill(card);
  await page.getByRole("button", { name: /^Pay/ }).click();
}

export async function expectReady(page: Page) {
  await page.waitForURL(/\/order\/[^?]+\?token=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your eSIM is ready", { timeout: 30_000 });
}
