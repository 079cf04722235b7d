// The trust findings from probing the running store, one test each against the real build
// (findings 1, 2 and 12 are money races: tests/integration/money-findings.test.ts; 4 and 8 are
// configuration and the proxy preload: tests/unit/env.test.ts, trusted-proxies.test.ts).
import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInWithMailbox } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { query } from "./support/db";
import { AUTH_SECRET, HEALTH_TOKEN, SANDBOX_ESIMGO_API_KEY } from "./support/env";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("finding 3: a sign-in requested with a forged X-Forwarded-Host mails a link to APP_URL's host", async ({ page, baseURL }) => {
  const email = `forged.host.${Date.now()}@example.com`;
  await page.setExtraHTTPHeaders({
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-Proto": "https",
    Forwarded: "host=evil.example;proto=https",
  });
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const [mail] = await query<{ html: string; text: string }>(`SELECT html, text FROM "EmailOutbox" WHERE "to" = $1 AND kind = 'sign-in'`, [
    email,
  ]);
  const link = new URL(/https?:\/\/[^\s"]+/.exec(mail.text)![0]);
  expect(link.origin).toBe(new URL(baseURL!).origin);
  expect(`${mail.html}${mail.text}`).not.toContain("evil.example");
  expect(new URL(link.searchParams.get("callbackUrl")!, baseURL).origin).toBe(new URL(baseURL!).origin);
});

test("finding 6 and 7: next= never leaves the store, and the session endpoint holds no session token", async ({ page, baseURL }) => {
  await signInWithMailbox(page, `redirect.${Date.now()}@example.com`);
  for (const next of ["/%5Cevil.example", "//evil.example", "https://evil.example/", "/%09/evil.example", "/\\/evil.example"]) {
    const res = await page.request.get(`/en/signin?next=${next}`, { maxRedirects: 0 });
    const location = res.headers()["location"];
    expect(location, next).toBeTruthy();
    expect(location, next).not.toMatch(/^\/[\\/]|evil/);
    expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
  }
  const session = await page.request.get("/api/auth/session");
  const body = await session.json();
  expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
  expect(JSON.stringify(body)).not.toMatch(/sessionToken/i);
  const cookie = (await page.context().cookies()).find((c) => /session-token/.test(c.name))!;
  expect(cookie.httpOnly).toBe(true);
  expect(JSON.stringify(body)).not.toContain(cookie.value);
});

test("finding 9: repeated query parameters answer like a single one, never 500", async ({ request, baseURL }) => {
  const order = await request.get("/order/x?token=a&token=b", { maxRedirects: 0, headers: { "X-Forwarded-Host": "evil.example" } });
  expect(order.status()).toBe(308);
  expect(new URL(order.headers()["location"], baseURL).href).toBe(`${new URL(baseURL!).origin}/order/x?token=a`);
  expect((await request.get("/order/x?token=a&token=b")).status()).toBe(404);
  expect((await request.get("/dev/mailbox?to=a%40example.com&to=b%40example.com")).status()).toBe(200);
  expect((await request.get("/search?q=japan&q=france")).status()).toBe(200);
});

test("finding 10: public health says only the status; the token or a staff session sees the details", async ({ request }) => {
  const open = await request.get("/api/health");
  expect(open.status()).toBe(200);
  expect(await open.json()).toEqual({ status: expect.stringMatching(/^(ok|degraded)$/) });
  const wrong = await request.get("/api/health", { headers: { Authorization: "Bearer not-the-token-0123456789abcdef" } });
  expect(Object.keys(await wrong.json())).toEqual(["status"]);
  const monitor = await (await request.get("/api/health", { headers: { Authorization: `Bearer ${HEALTH_TOKEN}` } })).json();
  expect(monitor.esimgo.detail).toMatch(/^balance/);
});

const signed = (body: string) => ({
  "Content-Type": "application/json",
  "X-Signature-SHA256": createHmac("sha256", SANDBOX_ESIMGO_API_KEY).update(body).digest("hex"),
});

test("finding 11: signed callbacks with extreme values are refused with 4xx and store nothing", async ({ request }) => {
  const [esim] = await query<{ iccid: string }>(`SELECT iccid FROM "Esim" LIMIT 1`);
  const iccid = esim?.iccid ?? "8944000000000000001";
  const before = await query<{ n: string }>(`SELECT count(*) AS n FROM "UsageSnapshot"`);
  const usage = (remainingQuantity: number | string) =>
    JSON.stringify({
      iccid,
      alertType: "Utilisation",
      bundle: { name: "esim_1GB_7D_JP_V2", initialQuantity: 1_000_000_000, remainingQuantity },
    });
  for (const body of [usage(1e30), usage(-5), usage("-5"), usage(2 ** 53 + 2)]) {
    const res = await request.post("/api/esimgo/callback", { headers: signed(body), data: body });
    expect(res.status(), body).toBe(400);
  }
  const deep = `${"[".repeat(30_000)}${"]".repeat(30_000)}`; // under the size bound, far past the depth bound
  expect((await request.post("/api/esimgo/callback", { headers: signed(deep), data: deep })).status()).toBe(400);
  const huge = JSON.stringify({ iccid, alertType: "Utilisation", padding: "x".repeat(9 * 1024 * 1024) });
  expect((await request.post("/api/esimgo/callback", { headers: signed(huge), data: huge })).status()).toBe(413);
  expect(
    (
      await request.post("/api/stripe/webhook", {
        headers: { "Stripe-Signature": "t=1,v1=x", "Content-Type": "application/json" },
        data: huge,
      })
    ).status(),
  ).toBe(413);
  expect(await query<{ n: string }>(`SELECT count(*) AS n FROM "UsageSnapshot"`)).toEqual(before);
});

// The order page's link token, made as lib/orders/access-token.ts makes it.
function orderToken(orderId: string) {
  const expires = (Date.now() + 3_600_000).toString(36);
  return `${expires}.${createHmac("sha256", `order-access:${AUTH_SECRET}`).update(`${orderId}.${expires}`).digest("base64url")}`;
}

test("finding 13: a customer whose eSIM failed reads plain words and what happens next, never the provider's error", async ({ page }) => {
  const [bundle] = await query<{ id: string; name: string }>(`SELECT id, name FROM "Bundle" WHERE active LIMIT 1`);
  const orderId = `cfindings13${Date.now()}`;
  const providerText = "HTTP 500 from api.esim-go.com: Insufficient Balance (org 4711)";
  await query(
    `INSERT INTO "Order" (id, email, status, currency, "subtotalMinor", "totalMinor", "paidAt", ` +
      `"updatedAt") VALUES ($1, 'failed@example.com', 'paid', 'USD', 299, 299, now(), now())`,
    [orderId],
  );
  await query(
    `INSERT INTO "OrderLine" (id, "orderId", "bundleId", "bundleName", quantity, "unitPriceMinor", "wholesaleUnitMinor", ` +
      `currency, "fulfilmentStatus", "lastError", "updatedAt") VALUES ($1, $2, $3, $4, 1, 299, 150, 'USD', 'esim_failed', $5, now())`,
    [`${orderId}l`, orderId, bundle.id, bundle.name, providerText],
  );
  await page.goto(`/order/${orderId}?token=${orderToken(orderId)}`);
  await expect(page.getByTestId("line-status")).toHaveText("Could not be delivered");
  await expect(page.getByText(/our team has been alerted and will either send it to you by email or refund you/)).toBeVisible();
  expect(await page.content()).not.toContain("Insufficient Balance");
});

test("error pages speak the store's language: an unknown address and an unknown order link", async ({ page }) => {
  const missing = await page.goto("/no-such-page");
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Find a destination" })).toBeVisible();
  const order = await page.goto("/order/cnotanorder?token=x");
  expect(order!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that" })).toBeVisible();
});
