// Resellers: operator staff add one on its own host and brand it; that host is its own
// storefront, whose accounts are its own (the same email is a new customer there, seeing nothing of the operator's
// orders); its daily cost cap and its suspension stop its sales at once, and its own staff never
// open the operator's console.
import { expect, test } from "@playwright/test";
import { signInWithMailbox, staffPage } from "./support/auth";
import { startCheckout } from "./support/checkout";
import { query } from "./support/db";
import { waitForCatalogue } from "./support/catalogue";

test.beforeAll(({ request }) => waitForCatalogue(request));

test("a reseller added by staff has its own customers on its own host, and stops selling at its cap or when suspended", async ({
  browser,
}) => {
  test.slow(); // four sign-ins on two storefronts, two refused checkouts
  const operator = new URL(test.info().project.use.baseURL!);
  const slug = `wander${Date.now()}`;
  const host = `${slug}.localhost:${operator.port}`;
  const staff = await staffPage(browser);
  await staff.goto("/admin/resellers");
  await staff.getByLabel("Name").fill("Wander");
  await staff.getByLabel("Slug").fill(slug);
  await staff.getByLabel(/^Hosts/).fill(host);
  await staff.getByRole("button", { name: "Add reseller" }).click();
  // Adding it prices the whole catalogue for it (some 30,000 rows): seconds on a busy machine.
  await expect(staff.getByTestId("reseller-result")).toContainText(`Wander created on ${host}`, { timeout: 15_000 });
  const row = staff.getByTestId("reseller").filter({ hasText: host });
  await expect(row.getByTestId("reseller-status")).toHaveText("active");
  await expect(row.getByTestId("reseller-sales")).toContainText("0 orders · revenue");

  // Its brand: its cached storefront shows the new one at once, and refuses a colour white text
  // cannot be read on.
  const wander = await (await browser.newContext({ baseURL: `http://${host}` })).newPage();
  await wander.goto("/en");
  await expect(wander.getByRole("banner").getByRole("link", { name: "Wander" })).toBeVisible();
  await staff.goto("/admin/resellers");
  await row.getByRole("link", { name: "Wander" }).click();
  await staff.getByLabel(/^Brand colour/).fill("#fde68a");
  await staff.getByRole("button", { name: "Save brand" }).click();
  await expect(staff.getByText(/^Pick a darker colour/)).toBeVisible();
  await staff.getByLabel("Name", { exact: true }).fill("Wander Travel");
  await staff.getByLabel(/^Brand colour/).fill("#7c2d12");
  await staff.getByLabel("Legal footer (company, address, registration)").fill("Wander Travel Ltd · 1 Harbour St, Dublin");
  await staff.getByRole("button", { name: "Save brand" }).click();
  await expect(staff.getByTestId("reseller-result")).toContainText("Wander Travel: brand saved");
  await wander.goto("/en");
  await expect(wander.getByRole("banner").getByRole("link", { name: "Wander Travel" })).toBeVisible();
  await expect(wander.getByRole("contentinfo")).toContainText("Wander Travel Ltd · 1 Harbour St, Dublin");
  expect(await wander.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-brand-600"))).toBe("#7c2d12");
  await staff.goto("/admin/resellers");

  // Its Stripe payouts: Stripe's hosted onboarding, then back here, taking payments.
  await row.getByRole("button", { name: "Set up Stripe payouts" }).click();
  await expect(staff.getByRole("heading", { name: "Set up payouts for your business" })).toBeVisible();
  await staff.getByRole("button", { name: "Agree and submit" }).click();
  await expect(staff.getByTestId("reseller").filter({ hasText: host }).getByTestId("reseller-stripe")).toHaveText("Taking payments");

  // The operator's customer has an order; the same email on Wander is a new account without it.
  const email = `both.${Date.now()}@example.com`;
  await query(
    `INSERT INTO "Order" (id, email, status, currency, "subtotalMinor", "totalMinor", "paidAt", "updatedAt")
     VALUES ($1, $2, 'fulfilled', 'USD', 499, 499, now(), now())`,
    [`ord${Date.now()}operator`, email],
  );
  const onOperator = await (await browser.newContext()).newPage();
  await signInWithMailbox(onOperator, email, "/account/orders");
  await expect(onOperator.getByTestId("order")).toHaveCount(1);

  await signInWithMailbox(wander, email, "/account/orders");
  expect(new URL(wander.url()).host).toBe(host);
  await expect(wander.getByTestId("order")).toHaveCount(0);
  const accounts = await query<{ tenant: string }>(
    `SELECT t.slug AS tenant FROM "User" u JOIN "Tenant" t ON t.id = u."tenantId" WHERE u.email = $1 ORDER BY 1`,
    [email],
  );
  expect(accounts.map((a) => a.tenant)).toEqual(["operator", slug]);
  // Wander's own staff have no way into the operator's console.
  const wanderStaff = `staff.${slug}@example.com`;
  await query(
    `INSERT INTO "User" (id, email, role, "tenantId", "updatedAt") SELECT $1, $2, 'staff', id, now() FROM "Tenant" WHERE slug = $3`,
    [`usr${Date.now()}wander`, wanderStaff, slug],
  );
  const theirStaff = await (await browser.newContext({ baseURL: `http://${host}` })).newPage();
  await signInWithMailbox(theirStaff, wanderStaff);
  for (const path of ["/admin", "/admin/orders", "/admin/resellers"]) expect((await theirStaff.goto(path))?.status(), path).toBe(404);

  // A daily cost cap below one plan's cost: the next order is refused, with the reason.
  await row.getByLabel("Daily cost cap of Wander").fill("0.01");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(staff.getByTestId("reseller-result")).toContainText("Wander Travel: daily cap set");
  await expect(startCheckout(wander, "esim_1GB_7D_JP_V2", email)).rejects.toThrow(/reached today's order limit/);

  // Suspended: checkout refuses, and its (cached) pages say so.
  await row.getByRole("button", { name: "Suspend" }).click();
  await expect(staff.getByTestId("reseller").filter({ hasText: host }).getByTestId("reseller-status")).toHaveText("suspended");
  await expect(startCheckout(wander, "esim_1GB_7D_JP_V2", email)).rejects.toThrow(/not taking orders at the moment/);
  await wander.goto("/en");
  await expect(wander.getByRole("status").filter({ hasText: "not taking orders at the moment" })).toBeVisible();
  await staff.context().close();
});
