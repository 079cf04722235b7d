// Staff pages: closed to customers (pages and actions), a failed fulfilment retried by staff
// reaches the customer, and no activation code or API key shows in the log viewer or CSV export.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInWithMailbox, staffPage } from "./support/auth";
import { payWithCard, startCheckout } from "./support/checkout";
import { query } from "./support/db";
import { ESIMGO_SANDBOX, SANDBOX_ESIMGO_API_KEY } from "./support/env";
import { waitForCatalogue } from "./support/catalogue";

test.describe.configure({ mode: "serial" });

test.beforeAll(({ request }) => waitForCatalogue(request));

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithMailbox(page, email);
  return page;
}

const setBalance = (balance: number) =>
  fetch(`${ESIMGO_SANDBOX}/__sandbox/organisation`, {
    method: "POST",
    headers: { "X-API-Key": SANDBOX_ESIMGO_API_KEY },
    body: JSON.stringify({ balance }),
  });

test("staff retry a failed fulfilment once eSIM Go recovers, and the customer gets the eSIM", async ({ browser, page }) => {
  const email = `retry.${Date.now()}@example.com`;
  await startCheckout(page, "esim_1GB_7D_GR_V2", email);
  await setBalance(0); // eSIM Go refuses orders: insufficient balance
  try {
    await payWithCard(page, "4242 4242 4242 4242");
    await page.waitForURL(/\/order\//);
    await expect(page.getByTestId("line-status")).toHaveText("Still working on it: retrying automatically", { timeout: 20_000 });
  } finally {
    await setBalance(25_000);
  }

  const staff = await staffPage(browser);
  await staff.goto(`/admin/orders?email=${encodeURIComponent(email)}`);
  await staff.getByTestId("admin-order").first().getByRole("link").click();
  await expect(staff.getByTestId("timeline")).toContainText("Insufficient balance");
  await staff.getByRole("button", { name: "Retry fulfilment" }).click();
  await expect(async () => {
    await staff.reload();
    await expect(staff.getByTestId("admin-line-status")).toHaveText("fulfilled", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(staff.getByTestId("timeline")).toContainText("retry_fulfilment");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your eSIM is ready", { timeout: 20_000 });
  await expect(page.getByTestId("activation-code")).toHaveText(/^LPA:1\$/);
});

test("activation codes and the API key never appear in the call-log viewer or the CSV export", async ({ browser }) => {
  const staff = await staffPage(browser);
  const secrets = [
    (await query<{ m: string }>(`SELECT "matchingId" AS m FROM "Esim" WHERE "matchingId" IS NOT NULL`)).map((r) => r.m),
    SANDBOX_ESIMGO_API_KEY,
  ].flat();
  expect(secrets.length).toBeGreaterThan(1);
  await staff.goto("/admin/logs");
  await expect(staff.getByTestId("call-log").locator("li").first()).toBeVisible();
  const viewer = await staff.content();
  expect(viewer).toContain("/esims/assignments"); // the install-data calls are listed…
  const csv = await (await staff.request.get("/admin/orders/export")).text();
  expect(csv.split("\n").length).toBeGreaterThan(2);
  await staff.goto("/admin/events?source=stripe&type=checkout.session.completed");
  await expect(staff.getByTestId("inbound-event").first()).toContainText("checkout.session.completed");
  const events = await staff.content();
  for (const secret of secrets) {
    expect(viewer.includes(secret), "call-log viewer").toBe(false); // …without their contents
    expect(csv.includes(secret), "CSV export").toBe(false);
    expect(events.includes(secret), "event viewer").toBe(false);
  }
});

test("a customer cannot open staff pages or call staff actions", async ({ browser }) => {
  const staff = await staffPage(browser);
  await staff.goto("/admin/orders");
  await staff.getByTestId("admin-order").first().getByRole("link").click();
  const orderId = staff.url().split("/").pop()!;
  // Capture exactly what the browser sends when staff add a note (the server action call)…
  const [sent] = await Promise.all([
    staff.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    (async () => {
      await staff.getByLabel("Note").fill("checked by staff");
      await staff.getByRole("button", { name: "Add note" }).click();
    })(),
  ]);
  await expect(staff.getByTestId("timeline")).toContainText("checked by staff");

  const customer = await signedIn(browser, `curious.${Date.now()}@example.com`);
  for (const path of [
    "/admin",
    "/admin/orders",
    `/admin/orders/${orderId}`,
    "/admin/logs",
    "/admin/tools",
    "/admin/orders/export",
    "/admin/customers",
    "/admin/catalogue",
    "/admin/catalogue/destinations",
    "/admin/pricing",
    "/admin/credits",
    "/admin/events",
    "/admin/reconciliation",
    "/admin/resellers",
  ]) {
    expect((await customer.goto(path))?.status(), path).toBe(404);
  }
  // …and replay it as the customer: refused, nothing recorded.
  const notesBefore = await query(`SELECT 1 FROM "AuditLog" WHERE "targetId" = $1`, [orderId]);
  const res = await customer.request.post(sent.url(), {
    data: sent.postDataBuffer()!,
    headers: {
      "Content-Type": sent.headers()["content-type"],
      "Next-Action": sent.headers()["next-action"],
      Accept: "text/x-component",
      Origin: new URL(sent.url()).origin,
    },
  }); // as the customer's own browser would send it
  expect(res.status()).toBe(404);
  expect(await query(`SELECT 1 FROM "AuditLog" WHERE "targetId" = $1`, [orderId])).toHaveLength(notesBefore.length);
  await customer.context().close();
});

test("an inventory refund raises the eSIM Go balance", async ({ browser }) => {
  const headers = { "X-API-Key": SANDBOX_ESIMGO_API_KEY, "Content-Type": "application/json" };
  await fetch(`${ESIMGO_SANDBOX}/v2.5/orders`, {
    method: "POST",
    headers,
    body: JSON.stringify({ type: "transaction", assign: false, order: [{ type: "bundle", item: "esim_5GB_30D_FR_V2", quantity: 2 }] }),
  });
  const balance = async () => (await (await fetch(`${ESIMGO_SANDBOX}/v2.5/organisation`, { headers })).json()).balance as number;
  const before = await balance();
  const staff = await staffPage(browser);
  await staff.goto("/admin/inventory");
  await staff.getByTestId("inventory-item").filter({ hasText: "5GB, 30 Days, France" }).getByRole("link", { name: "Refund…" }).click();
  await expect(staff.getByRole("region", { name: "Confirm refund" })).toContainText("Refund 2 × esim_5GB_30D_FR_V2");
  await staff.getByRole("button", { name: "Confirm refund" }).click();
  await expect(staff.getByTestId("inventory-result")).toContainText("Refunded 2 to the eSIM Go balance");
  expect(await balance()).toBeGreaterThan(before);
});

test("a backfill restores an order whose ICCID was removed from the database", async ({ browser }) => {
  const [lost] = await query<{ id: string; iccid: string; matchingId: string }>(
    `SELECT e.id, e.iccid, e."matchingId" FROM "Esim" e JOIN "OrderLine" l ON l.id = ` +
      `e."originLineId" WHERE l."fulfilmentStatus" = 'fulfilled' AND e.state = 'active' LIMIT 1`,
  );
  await query(`DELETE FROM "Esim" WHERE id = $1`, [lost.id]);
  const staff = await staffPage(browser);
  await staff.goto("/admin/tools");
  await staff.getByRole("button", { name: "Dry run" }).click();
  await expect(staff.getByTestId("backfill-preview")).toContainText(`would restore ${lost.iccid}`);
  expect(await query(`SELECT 1 FROM "Esim" WHERE iccid = $1`, [lost.iccid])).toHaveLength(0); // a dry run changes nothing
  await staff.getByRole("button", { name: "Apply backfill" }).click();
  await expect(staff.getByTestId("backfill-result")).toContainText(/Restored [1-9]\d* line/);
  const [restored] = await query<{ matchingId: string }>(`SELECT "matchingId" FROM "Esim" WHERE iccid = $1`, [lost.iccid]);
  expect(restored.matchingId).toBe(lost.matchingId);
});
