// Security headers on real responses, scripts allowed only by this response's nonce (and the page
// still works), and server actions refused when called from another site.
import { expect, test } from "@playwright/test";
import { waitForCatalogue } from "./support/catalogue";
import { query } from "./support/db";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("pages carry a nonce CSP, no framing, a referrer policy and a request id; nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/plans/esim_1GB_7D_JP_V2");
  const headers = res!.headers();
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"])?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers["strict-transport-security"], "HSTS only in production mode (plain HTTP here)").toBeUndefined();

  // Every executable script carries this response's nonce; the next response gets another one.
  const scripts = await page
    .locator("script:not([type='application/ld+json'])")
    .evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  const again = await page.request.get("/plans/esim_1GB_7D_JP_V2");
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"])?.[1]).not.toBe(nonce);

  // Hydrated and interactive under the policy: the quantity changes the button's form.
  await page.getByLabel("Number of eSIMs").selectOption("2");
  await page.getByLabel("Email for your eSIM").fill("not-an-email");
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await expect(page.locator("#checkout-error")).toContainText("valid email");
  expect(violations).toEqual([]);
});

test("a server action posted from another site is refused before it runs", async ({ page, baseURL }) => {
  const email = `csrf.${Date.now()}@example.com`;
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Email me a sign-in link" }).click(),
  ]);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const tokens = () => query(`SELECT 1 FROM "VerificationToken" WHERE identifier = $1`, [email]);
  expect(await tokens()).toHaveLength(1);

  const replay = (origin: string | null) =>
    page.request.post(`${baseURL}/signin`, {
      data: sent.postDataBuffer()!,
      headers: {
        "Content-Type": sent.headers()["content-type"],
        "Next-Action": sent.headers()["next-action"],
        Accept: "text/x-component",
        ...(origin ? { Origin: origin } : {}),
      },
    });
  expect((await replay("https://evil.example")).status()).toBe(403);
  expect((await replay(null)).status()).toBe(403);
  expect(await tokens(), "no sign-in link was sent by the refused calls").toHaveLength(1);
});

test("checkout creation is rate limited per email, with a clear message", async ({ page, baseURL }) => {
  const email = `hurry.${Date.now()}@example.com`;
  await page.goto("/plans/esim_1GB_7D_JP_V2");
  await page.getByLabel("Email for your eSIM").fill(email);
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: /Continue to payment/ }).click(),
  ]);
  await page.waitForURL(/\/pay\/cs_test_/);
  const replay = () =>
    page.request.post(`${baseURL}/plans/esim_1GB_7D_JP_V2`, {
      data: sent.postDataBuffer()!,
      headers: {
        "Content-Type": sent.headers()["content-type"],
        "Next-Action": sent.headers()["next-action"],
        Accept: "text/x-component",
        Origin: baseURL!,
      },
      maxRedirects: 0,
    });
  // A server action called by fetch answers a redirect with an x-action-redirect header.
  for (let i = 2; i <= 10; i++)
    expect((await replay()).headers()["x-action-redirect"], `attempt ${i} starts a checkout`).toContain("/pay/cs_test_");
  const refused = await replay();
  expect(refused.headers()["x-action-redirect"]).toBeUndefined();
  expect(await refused.text()).toContain("Too many checkout attempts");
  expect(await query(`SELECT 1 FROM "Order" WHERE email = $1`, [email])).toHaveLength(10);
});
