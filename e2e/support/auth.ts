// Signs in the way a customer does: ask for a link, open it from the local mailbox.
import { expect, type Page } from "@playwright/test";

export async function signInWithMailbox(page: Page, email: string, next = "/account") {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByTestId("mail").filter({ hasText: "Sign in to" }).first().click();
  await page.getByTestId("mail-body").getByRole("link", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
}
