// Buying an eSIM end to end: storefront → Stripe sandbox card page → signed webhook → eSIM Go
// sandbox → thank-you page and email.
import { expect, test } from "@playwright/test";
import Stripe from "stripe";
import { expectReady, payWithCard, startCheckout } from "./support/checkout";
import { query } from "./support/db";
import { SANDBOX_STRIPE_SECRET_KEY, SANDBOX_STRIPE_WEBHOOK_SECRET, STRIPE_SANDBOX } from "./support/env";
import { issuedEsim, sandboxOrderCount } from "./support/esimgo";
import { decodeQr } from "./support/qr";
import { waitForCatalogue } from "./support/catalogue";

const unique = (tag: string) => `${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;

test.beforeAll(({ request }) => waitForCatalogue(request));

test("a card payment delivers the eSIM: the QR, the code and the email carry what eSIM Go issued @phone", async ({ page }) => {
  const email = unique("buyer");
  await startCheckout(page, "esim_1GB_7D_JP_V2", email);
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);

  const code = (await page.getByTestId("activation-code").textContent())!;
  const iccid = (await page.getByTestId("esim").textContent())!.match(/ICCID (\d{19,20})/)![1];
  const issued = await issuedEsim(iccid);
  expect(code).toBe(`LPA:1$${issued.smdpAddress}$${issued.matchingId}`);
  expect(await decodeQr(page.getByTestId("qr"))).toBe(code);
  await expect(page.getByRole("link", { name: "Install on iPhone" })).toHaveAttribute(
    "href",
    `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(code)}`,
  );

  await expect
    .poll(async () => (await query('SELECT status FROM "EmailOutbox" WHERE "to" = $1 AND kind = \'activation\'', [email]))[0]?.status, {
      timeout: 20_000,
    })
    .toBe("sent");
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByTestId("mail").first().click();
  await expect(page.getByTestId("mail-text")).toContainText(code);
  expect(await decodeQr(page.getByTestId("mail-body").getByRole("img", { name: "QR code to install your eSIM" }))).toBe(code);
});

test("a declined card leaves an unpaid order and no eSIM", async ({ page }) => {
  const email = unique("declined");
  const before = await sandboxOrderCount();
  await startCheckout(page, "esim_3GB_30D_FR_V2", email);
  await payWithCard(page, "4000 0000 0000 0002");
  await expect(page.getByRole("alert")).toHaveText("Your card was declined.");
  const [order] = await query<{ status: string; id: string }>(`SELECT id, status FROM "Order" WHERE email = $1`, [email]);
  expect(order.status).toBe("pending_payment");
  expect(await query(`SELECT 1 FROM "Esim" WHERE "ownerEmail" = $1`, [email])).toHaveLength(0);
  expect(await sandboxOrderCount()).toBe(before);
});

test("an asynchronous payment is fulfilled once its delayed event arrives", async ({ page }) => {
  await startCheckout(page, "esim_1GB_7D_IT_V2", unique("async"));
  await payWithCard(page, "4000 0000 0000 0077");
  await page.waitForURL(/\/order\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirming your payment…");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your eSIM is ready", { timeout: 30_000 });
  await expect(page.getByTestId("activation-code")).toHaveText(/^LPA:1\$/);
});

test("the order page is the buyer's only: without the signed link it is 404, and it is never cached", async ({ page, request }) => {
  await startCheckout(page, "esim_1GB_7D_DE_V2", unique("private"));
  await payWithCard(page, "4242 4242 4242 4242");
  await expectReady(page);
  const url = new URL(page.url());
  const orderId = url.pathname.split("/").pop()!;
  const own = await request.get(url.pathname + url.search);
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toContain("no-store");
  expect((await request.get(`/order/${orderId}`)).status()).toBe(404);
  const token = url.searchParams.get("token")!;
  const tampered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
  expect((await request.get(`/order/${orderId}?token=${tampered}`)).status()).toBe(404);
  const [other] = await query<{ id: string }>(`SELECT id FROM "Order" WHERE id <> $1 LIMIT 1`, [orderId]);
  expect((await request.get(`/order/${other.id}${url.search}`)).status(), "one order's token does not open another").toBe(404);
});

test("the same completed event delivered 10 times at once, while the page polls, buys exactly one eSIM per line", async ({
  page,
  request,
}) => {
  const sessionId = await startCheckout(page, "esim_5GB_30D_ES_V2", unique("duplicate"));
  const stripe = new Stripe(SANDBOX_STRIPE_SECRET_KEY, {
    host: new URL(STRIPE_SANDBOX).hostname,
    port: new URL(STRIPE_SANDBOX).port,
    protocol: "http",
  });
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  const before = await sandboxOrderCount();
  const event = {
    id: `evt_test_dup_${Date.now()}`,
    object: "event",
    type: "checkout.session.completed",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object: { ...session, status: "complete", payment_status: "paid", payment_intent: "pi_test_duplicate" } },
  };
  const payload = JSON.stringify(event);
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: SANDBOX_STRIPE_WEBHOOK_SECRET });

  await page.goto(session.success_url!); // the thank-you page polls (and nudges fulfilment) meanwhile
  const answers = await Promise.all(
    Array.from({ length: 10 }, () =>
      request.post("/api/stripe/webhook", {
        data: payload,
        headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
      }),
    ),
  );
  expect(answers.map((a) => a.status())).toEqual(Array(10).fill(200));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your eSIM is ready", { timeout: 30_000 });

  expect(await sandboxOrderCount()).toBe(before + 1);
  expect(await query(`SELECT 1 FROM "ProcessedEvent" WHERE "eventId" = $1`, [event.id])).toHaveLength(1);
  const lines = await query<{ esimgoOrderReference: string }>(
    `SELECT l."esimgoOrderReference" FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" WHERE o."stripeCheckoutSessionId" = $1`,
    [sessionId],
  );
  expect(lines).toHaveLength(1);
  expect(lines[0].esimgoOrderReference).toBeTruthy();
});

test("a webhook with a bad signature gets 400 and changes nothing", async ({ request }) => {
  const count = async () =>
    (
      await query<{ n: string }>(
        `SELECT (SELECT count(*) FROM "ProcessedEvent") + (SELECT count(*) FROM "Order" WHERE status <> 'pending_payment') AS n`,
      )
    )[0].n;
  const before = await count();
  const payload = JSON.stringify({
    id: "evt_forged",
    object: "event",
    type: "checkout.session.completed",
    data: { object: { id: "cs_test_forged", payment_status: "paid" } },
  });
  const forged = new Stripe("sk_test_x").webhooks.generateTestHeaderString({ payload, secret: "whsec_not_the_store_secret" });
  for (const headers of [{ "Stripe-Signature": forged }, {}, { "Stripe-Signature": "t=1,v1=deadbeef" }] as Array<Record<string, string>>) {
    const res = await request.post("/api/stripe/webhook", { data: payload, headers: { "Content-Type": "application/json", ...headers } });
    expect(res.status()).toBe(400);
  }
  expect(await count()).toBe(before);
});

test("a mistyped email is explained on the page and nothing is created @phone", async ({ page }) => {
  const before = (await query<{ n: string }>(`SELECT count(*) AS n FROM "Order"`))[0].n;
  await page.goto("/plans/esim_1GB_7D_JP_V2");
  await page.getByLabel("Email for your eSIM").fill("traveller@example");
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Enter a valid email address: your eSIM is sent there.");
  await expect(page.getByLabel("Email for your eSIM")).toHaveValue("traveller@example");
  expect((await query<{ n: string }>(`SELECT count(*) AS n FROM "Order"`))[0].n).toBe(before);
});
