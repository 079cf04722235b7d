// Tenant isolation under attack: a reseller's staff member and customer, signed in on the
// reseller's host, aim every server action and every page that takes an id at the operator's real
// records (order with a valid link token, eSIM, plan, credit entry, customer). Every page answers
// 404, no action answers 5xx, none shows the operator's eSIM or credit, and nothing of the
// operator's customer changes or is added to.
import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signInWithMailbox } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { query } from "./support/db";
import { AUTH_SECRET } from "./support/env";
import { serverActions } from "./support/fuzz";

test.describe.configure({ mode: "serial", timeout: 300_000 });
test.beforeAll(({ request }) => waitForCatalogue(request));

const stamp = Date.now();
const victim = { email: `victim.${stamp}@example.com`, user: `cvictim${stamp}u`, order: `cvictim${stamp}o`, esim: `cvictim${stamp}e` };
const iccid = `8944${String(stamp).slice(-12)}777`;

// The operator's customer: an order with a plan on an eSIM, and a credit entry.
async function operatorRecords() {
  const [bundle] = await query<{ id: string; name: string }>(`SELECT id, name FROM "Bundle" WHERE active LIMIT 1`);
  await query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [victim.user, victim.email]);
  await query(
    `INSERT INTO "Order" (id, "userId", email, status, currency, "subtotalMinor", "totalMinor", "paidAt", "updatedAt")
     VALUES ($1, $2, $3, 'fulfilled', 'USD', 499, 499, now(), now())`,
    [victim.order, victim.user, victim.email],
  );
  await query(
    `INSERT INTO "OrderLine" (id, "orderId", "bundleId", "bundleName", quantity, "unitPriceMinor", "wholesaleUnitMinor", currency, "fulfilmentStatus", "updatedAt")
     VALUES ($1, $2, $3, $4, 1, 499, 300, 'USD', 'fulfilled', now())`,
    [`${victim.order}l`, victim.order, bundle.id, bundle.name],
  );
  await query(`INSERT INTO "Esim" (id, iccid, "ownerId", "ownerEmail", "originLineId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    victim.esim,
    iccid,
    victim.user,
    victim.email,
    `${victim.order}l`,
  ]);
  await query(
    `INSERT INTO "BundleAssignment" (id, "esimId", "orderLineId", reference, "bundleName", state, "updatedAt") VALUES ($1, $2, $3, 'ref', $4, 'queued', now())`,
    [`${victim.esim}a`, victim.esim, `${victim.order}l`, bundle.name],
  );
  await query(
    `INSERT INTO "CreditEntry" (id, "userId", "amountMinor", currency, status, reason) VALUES ($1, $2, 500, 'USD', 'pending', 'goodwill')`,
    [`${victim.user}c`, victim.user],
  );
}

// What a cross-tenant action could have changed: the operator's rows, column by column.
const operatorState = () =>
  query(
    `SELECT (SELECT row_to_json(o) FROM "Order" o WHERE id = $1) AS "order",
            (SELECT row_to_json(e) FROM (SELECT "ownerId", "ownerEmail", state FROM "Esim" WHERE id = $2) e) AS esim,
            (SELECT row_to_json(a) FROM (SELECT state, "esimId" FROM "BundleAssignment" WHERE id = $3) a) AS assignment,
            (SELECT row_to_json(c) FROM "CreditEntry" c WHERE id = $4) AS credit,
            (SELECT row_to_json(u) FROM "User" u WHERE id = $5) AS "user",
            (SELECT row_to_json(t) FROM "Tenant" t WHERE id = 'operator') AS tenant,
            (SELECT count(*) FROM "Order" WHERE "tenantId" = 'operator' AND ("userId" = $5 OR email = $6)) AS orders,
            (SELECT count(*) FROM "CreditEntry" WHERE "userId" = $5) AS credits,
            (SELECT count(*) FROM "ModerationRequest" WHERE "userId" = $5) AS requests,
            (SELECT count(*) FROM "Refund" WHERE "orderId" = $1) AS refunds,
            (SELECT count(*) FROM "AutoTopUp" WHERE "esimId" = $2) AS "autoTopUps",
            (SELECT count(*) FROM "EmailOutbox" WHERE "tenantId" = 'operator' AND "to" = $6) AS emails,
            (SELECT count(*) FROM "AuditLog" WHERE "targetId" IN ($1, $2, $3, $4, $5)) AS audits`,
    [victim.order, victim.esim, `${victim.esim}a`, `${victim.user}c`, victim.user, victim.email],
  );

function orderToken(orderId: string) {
  const expires = (Date.now() + 3_600_000).toString(36);
  return `${expires}.${createHmac("sha256", `order-access:${AUTH_SECRET}`).update(`${orderId}.${expires}`).digest("base64url")}`;
}

async function resellerSignIn(browser: import("@playwright/test").Browser, origin: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: origin })).newPage();
  await signInWithMailbox(page, email);
  return page;
}

test("a reseller's staff and customers find no path to the operator's records", async ({ browser, baseURL }) => {
  await operatorRecords();
  const slug = `fuzz${stamp}`;
  const origin = `http://${slug}.localhost:${new URL(baseURL!).port}`;
  await query(`INSERT INTO "Tenant" (id, slug, name, hosts, "updatedAt") VALUES ($1, $1, 'Fuzz', $2, now())`, [
    slug,
    [new URL(origin).host],
  ]);
  await query(`INSERT INTO "User" (id, email, role, "tenantId", "updatedAt") VALUES ($1, $2, 'staff', $3, now())`, [
    `${slug}staff`,
    `staff@${slug}.example`,
    slug,
  ]);
  // The reseller's customer uses the victim's own email: the same address, another storefront.
  const callers = [
    ["reseller staff", await resellerSignIn(browser, origin, `staff@${slug}.example`)],
    ["reseller customer", await resellerSignIn(browser, origin, victim.email)],
  ] as const;

  const before = await operatorState();
  const token = orderToken(victim.order);
  const pages = [
    `/order/${victim.order}?token=${token}`,
    `/api/orders/${victim.order}/receipt?token=${token}`,
    `/account/orders/${victim.order}`,
    `/account/esims/${iccid}`,
    `/account/esims/${iccid}/top-up`,
    `/account/esims/${iccid}/auto-top-up`,
    `/account/esims/${iccid}/bundles/${victim.esim}a/remove`,
    `/admin/orders/${victim.order}`,
    `/admin/esims/${iccid}`,
    `/admin/customers/${victim.user}`,
    "/admin/orders/export",
  ];
  // Through the browser: it resolves *.localhost to this machine (Node does not) and sends the
  // session cookie and Origin as it would for any page.
  for (const [who, page] of callers) for (const path of pages) expect((await page.goto(path))?.status(), `${who}: ${path}`).toBe(404);

  // Every action, with every id field naming the operator's records and plausible values elsewhere.
  const fields: Record<string, string> = {
    orderId: victim.order,
    iccid,
    targetIccid: iccid,
    assignmentId: `${victim.esim}a`,
    usageId: `${victim.esim}a`,
    entryId: `${victim.user}c`,
    userId: victim.user,
    esimId: victim.esim,
    lineId: `${victim.order}l`,
    tenantId: "operator",
    email: victim.email,
    token,
    amount: "5.00",
    cap: "1.00",
    reason: "cross-tenant probe",
    note: "cross-tenant probe",
    decision: "approve",
    quantity: "1",
    locale: "en",
    currency: "USD",
    trigger: "used90",
    bundle: "esim_1GB_7D_JP_V2",
  };
  const failures: string[] = [];
  for (const action of serverActions().filter((a) => !/SERVER_ACTION_0|startSyncAction|applyBackfillAction/.test(a.name)))
    for (const [who, page] of callers) {
      const res = await page.evaluate(
        async ({ route, id, fields }) => {
          const form = new FormData();
          for (const [name, value] of Object.entries(fields)) form.append(name, value);
          const headers = { "Next-Action": id, Accept: "text/x-component" };
          const answer = await fetch(route, { method: "POST", headers, body: form, redirect: "manual" });
          return { status: answer.status, body: answer.type === "opaqueredirect" ? "" : await answer.text() };
        },
        { route: action.route, id: action.id, fields },
      );
      const body = res.body;
      if (res.status >= 500) failures.push(`${action.name} as ${who}: ${res.status}`);
      if (body.includes(iccid) || body.includes(`${victim.user}c`)) failures.push(`${action.name} as ${who}: shows the operator's records`);
    }
  expect(failures, failures.join("\n")).toEqual([]);
  expect(await operatorState()).toEqual(before);
});
