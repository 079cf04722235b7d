// Usage reaches the customer: the eSIM uses data abroad (sandbox, accelerated), eSIM Go sends
// signed callbacks, My Account shows the remaining data falling and the 80 % email arrives.
import { expect, test } from "@playwright/test";
import { signInWithMailbox } from "./support/auth";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { ESIMGO_SANDBOX, SANDBOX_ESIMGO_API_KEY } from "./support/env";
import { waitForCatalogue } from "./support/catalogue";
import { spendData } from "./support/esimgo";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("My Account shows the remaining data falling, and the 80 % email arrives @phone", async ({ page }) => {
  const email = `usage.${Date.now()}@example.com`;
  await startCheckout(page, "esim_1GB_7D_TH_V2", email);
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  const iccid = (await page.getByTestId("esim").textContent())!.match(/ICCID (\d{19,20})/)![1];

  await page.context().clearCookies();
  await signInWithMailbox(page, email);

  const remaining = page.getByTestId("account-esim").filter({ hasText: iccid }).getByTestId("remaining");
  await expect(remaining).toHaveText("1.00 GB left");
  await spendData(iccid, 300_000_000);
  await expect(async () => {
    await page.reload();
    await expect(remaining).toHaveText("700 MB left", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await spendData(iccid, 550_000_000);
  await expect(async () => {
    await page.reload();
    await expect(remaining).toHaveText("150 MB left", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await expect(page.getByTestId("mail").filter({ hasText: "You have used 80 % of your eSIM data" })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByTestId("mail").filter({ hasText: "80 %" }).click();
  await expect(page.getByTestId("mail-body").getByRole("link", { name: `Top up eSIM ${iccid}` })).toHaveAttribute(
    "href",
    new RegExp(`/account/esims/${iccid}/top-up$`),
  );
});

test("installing the eSIM (in the sandbox) shows the device on the thank-you page and in My Account", async ({ page }) => {
  const email = `install.${Date.now()}@example.com`;
  await startCheckout(page, "esim_1GB_7D_TH_V2", email);
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  const iccid = (await page.getByTestId("esim").textContent())!.match(/ICCID (\d{19,20})/)![1];
  await expect(page.getByTestId("install-status")).toHaveText("Not installed yet");

  // eSIM Go sends a signed Profile Status Change notification; the page listens for it.
  await fetch(`${ESIMGO_SANDBOX}/__sandbox/esims/${iccid}/install`, {
    method: "POST",
    headers: { "X-API-Key": SANDBOX_ESIMGO_API_KEY },
    body: JSON.stringify({ make: "Apple", model: "iPhone 15" }),
  });
  await expect(page.getByTestId("install-status")).toHaveText("Installed on iPhone 15", { timeout: 20_000 });

  await page.context().clearCookies();
  await signInWithMailbox(page, email);
  await expect(page.getByTestId("account-esim").filter({ hasText: iccid }).getByTestId("install-status")).toHaveText(
    "Installed on iPhone 15",
  );
});
