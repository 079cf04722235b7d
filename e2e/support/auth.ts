// Signs in the way a customer does: ask for a link, open it from the local mailbox.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

// Tests name shop pages without a language; the store answers them under one (/en/account).
export const withoutLocale = (pathname: string) => pathname.replace(/^\/(en|de|fr|es|it|pt|ja)(?=\/|$)/, "") || "/";

export async function signInWithMailbox(page: Page, email: string, next = "/account") {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByTestId("mail").filter({ hasText: "Sign in to" }).first().click();
  await page.getByTestId("mail-body").getByRole("link", { name: "Sign in" }).click();
  await page.waitForURL((url) => withoutLocale(url.pathname) === next.split("?")[0]);
}

// Staff sign in once per test worker (the per-email limit is 5 links per 15 minutes); later
// calls open a new browser context with the same session.
// The embedded default seeds two staff logins: credits one records, the other confirms.
const staffSessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

export async function staffPage(browser: Browser, email = "staff@example.test"): Promise<Page> {
  const saved = staffSessions.get(email);
  if (saved) return (await browser.newContext({ storageState: saved })).newPage();
  const page = await (await browser.newContext()).newPage();
  await signInWithMailbox(page, email);
  staffSessions.set(email, await page.context().storageState());
  return page;
}

export const secondStaffPage = (browser: Browser) => staffPage(browser, "staff2@example.test");
