// Security headers on real responses, scripts allowed only by hash (and the page still works), and
// server actions refused when called from another site, and only the store's own hosts served.
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { waitForCatalogue } from "./support/catalogue";
import { query } from "./support/db";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("pages carry a hash CSP, no framing, a referrer policy and a request id; nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/plans/esim_1GB_7D_JP_V2");
  const headers = res!.headers();
  const policy = headers["content-security-policy"];
  // Cached pages cannot carry a per-response nonce: scripts are allowed by hash (markets.spec
  // checks that the list is exactly the page's scripts), and nothing inline runs otherwise.
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+ 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers["strict-transport-security"], "HSTS only in production mode (plain HTTP here)").toBeUndefined();

  // Hydrated and interactive under the policy: the quantity changes the button's form.
  await page.getByLabel("Number of eSIMs").selectOption("2");
  await page.getByLabel("Email for your eSIM").fill("not-an-email");
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await expect(page.locator("#checkout-error")).toContainText("valid email");
  expect(violations).toEqual([]);
});

test("a server action posted from another site is refused before it runs", async ({ page }) => {
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
    page.request.post(sent.url(), {
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
    page.request.post(sent.url(), {
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
  expect(await refused.text()).toContain('"error":"checkoutRateLimited"');
  // The form translates the refusal for the customer.
  await page.goto("/plans/esim_1GB_7D_JP_V2");
  await page.getByLabel("Email for your eSIM").fill(email);
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await expect(page.locator("#checkout-error")).toContainText("Too many checkout attempts");
  expect(await query(`SELECT 1 FROM "Order" WHERE email = $1`, [email])).toHaveLength(10);
});

// A request as the browser sends it, naming whatever host the sender likes.
function getWithHost(baseURL: string, path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers: { Host: host } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a Host header that is not the store's gets 404, never the shop; probes and the local alias still answer", async ({ baseURL }) => {
  for (const path of ["/", "/en/destinations/JP", "/signin", "/api/stripe/webhook", "/admin"]) {
    const forged = await getWithHost(baseURL!, path, "evil.example");
    expect(forged.status, path).toBe(404);
    expect(forged.body).toContain("Unknown host");
  }
  const port = new URL(baseURL!).port;
  expect((await getWithHost(baseURL!, "/api/health", "10.0.3.7")).status).toBe(200);
  expect((await getWithHost(baseURL!, "/en", `127.0.0.1:${port}`)).status).toBe(200);
  expect((await getWithHost(baseURL!, "/en", `localhost:${port}`)).status, "outside production, localhost is the same store").toBe(200);
});
