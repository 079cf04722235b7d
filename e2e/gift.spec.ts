// Gift an eSIM: the recipient gets the install email and owns the eSIM on signing in; the buyer
// keeps the order and can resend the gift email, but never sees the activation code.
import { expect, test } from "@playwright/test";
import { signInWithMailbox } from "./support/auth";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { waitForCatalogue } from "./support/catalogue";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("a gift reaches the recipient, who owns it; the buyer cannot see its activation code @phone", async ({ page }) => {
  const stamp = `${Date.now()}.${test.info().project.name}`;
  const buyer = `giver.${stamp}@example.com`;
  const friend = `friend.${stamp}@example.com`;
  await startCheckout(page, "esim_1GB_7D_TH_V2", buyer, async (p) => {
    await p.getByLabel("Send it as a gift").check();
    await p.getByLabel("Their name").fill("Alex");
    await p.getByLabel("Their email address").fill(friend);
    await p.getByLabel("A message (optional)").fill("Have a great trip!");
  });
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  await expect(page.getByTestId("gift")).toContainText(`Sent as a gift to Alex (${friend})`);
  await expect(page.getByTestId("activation-code")).toHaveCount(0);
  await expect(page.getByTestId("qr")).toHaveCount(0);

  await page.getByRole("button", { name: "Send the gift email again" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Sent again to ${friend}.` })).toBeVisible();
  await page.getByRole("button", { name: "Send the gift email again" }).click();
  await expect(page.locator("#gift-error")).toHaveText(/sent a moment ago/);

  // The recipient's mailbox: the install email (and its resend), with the buyer's message.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(friend)}`);
  const giftMail = page.getByTestId("mail").filter({ hasText: `${buyer} sent you` });
  await expect(giftMail).toHaveCount(2);
  await giftMail.first().click();
  await expect(page.getByTestId("mail-text")).toContainText("Have a great trip!");
  await expect(page.getByTestId("mail-text")).toContainText("LPA:1$");
  // The buyer's: word that it arrived, and no codes.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(buyer)}`);
  await expect(page.getByTestId("mail").filter({ hasText: "Your gift to Alex has been delivered" })).toHaveCount(1);
  await expect(page.getByTestId("mail").filter({ hasText: "ready to install" })).toHaveCount(0);

  await signInWithMailbox(page, friend);
  const esim = page.getByTestId("account-esim");
  await expect(esim).toHaveCount(1);
  const iccid = (await esim.locator("h2").textContent())!.match(/\d{18,22}/)![0];

  await page.context().clearCookies();
  await signInWithMailbox(page, buyer);
  await expect(page.getByTestId("account-esim")).toHaveCount(0);
  expect((await page.goto(`/account/esims/${iccid}`))?.status()).toBe(404);
  await page.goto("/account/orders");
  await expect(page.getByTestId("order")).toContainText(`Gift for Alex (${friend})`);
  await page.getByTestId("order").click();
  await expect(page.getByTestId("gift")).toBeVisible();
  await expect(page.getByTestId("activation-code")).toHaveCount(0);
});
