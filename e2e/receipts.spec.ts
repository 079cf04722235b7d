// Receipts: a buyer billed in Germany downloads a PDF receipt from the email's link and from My
// Account, with the German VAT included in the price; nobody else can download it.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText } from "../tests/helpers/pdf-text";
import { signInWithMailbox } from "./support/auth";
import { expectReady, startCheckout } from "./support/checkout";
import { waitForCatalogue } from "./support/catalogue";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("a receipt with the VAT of the billing country, from the email and from My Account, and no one else's", async ({ page }) => {
  const email = `receipt.${Date.now()}@example.com`;
  await startCheckout(page, "esim_1GB_7D_JP_V2", email);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Country or region").selectOption("DE");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expectReady(page);
  const orderId = new URL(page.url()).pathname.split("/").pop()!;
  const total = (await page.getByTestId("order-footer").textContent())!.match(/\$\d+\.\d\d/)![0];

  // The thank-you page and the email's link open the PDF without signing in.
  await expect(page.getByRole("link", { name: "Download PDF receipt" })).toHaveAttribute("href", /token=/);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByTestId("mail").filter({ hasText: "ready to install" }).first().click();
  const emailLink = await page.getByTestId("mail-body").getByRole("link", { name: "Download your receipt (PDF)" }).getAttribute("href");
  const fromEmail = await page.request.get(emailLink!);
  expect(fromEmail.headers()["content-type"]).toBe("application/pdf");
  const text = await pdfText(await fromEmail.body());
  for (const expected of [orderId, email, "Germany", "1 GB · 7 days", total, "Includes 19 % VAT (DE)"]) expect(text).toContain(expected);

  // My Account: the receipt page says the same and downloads the same document.
  await signInWithMailbox(page, email, "/account/orders");
  await page.getByTestId("order").first().click();
  await expect(page.getByRole("heading", { name: "Receipt" })).toBeVisible();
  await expect(page.getByRole("article")).toContainText("Includes 19 % VAT (DE)");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF receipt" }).click()]);
  expect(download.suggestedFilename()).toBe(`receipt-${orderId}.pdf`);
  expect(await pdfText(await readFile((await download.path())!))).toContain(orderId);

  // Anyone else: signed out without the link's token, or signed in as another customer.
  const direct = `/api/orders/${orderId}/receipt?locale=en`;
  await page.context().clearCookies();
  expect((await page.request.get(direct)).status()).toBe(404);
  expect((await page.request.get(emailLink!.replace(/token=[^&]+/, "token=1.forged"))).status()).toBe(404);
  await signInWithMailbox(page, `other.${Date.now()}@example.com`);
  expect((await page.request.get(direct)).status()).toBe(404);
});
