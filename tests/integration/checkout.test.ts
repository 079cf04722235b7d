// Checkout against real PostgreSQL, the eSIM Go sandbox and the Stripe sandbox (official SDK).
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import Stripe from "stripe";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient, TEST_API_KEY } from "../helpers/sandbox";
import { localSecrets } from "../../lib/config/local-secrets";
import { startStripeSandbox } from "../../sandbox/stripe/server";

const database = await createTestDatabase();
const esimgoSandbox = await startTestSandbox();
const stripeKey = localSecrets().stripeSecretKey;
const stripeSandbox = await startStripeSandbox({
  port: 0,
  secretKey: stripeKey,
  webhookSecret: "whsec_checkout",
  webhookUrl: "http://127.0.0.1:9/unused",
});
Object.assign(process.env, {
  ESIMGO_BASE_URL: esimgoSandbox.baseUrl,
  ESIMGO_API_KEY: TEST_API_KEY,
  STRIPE_SANDBOX_PORT: String(stripeSandbox.port),
  APP_URL: "http://store.test",
});
delete process.env.STRIPE_SECRET_KEY;
const { db } = await import("../../lib/db");
const { startBoss } = await import("../../lib/jobs/boss");
const { syncCatalogue } = await import("../../lib/catalogue/sync");
const { startCheckout } = await import("../../lib/checkout/start-checkout");
const { verifyOrderAccessToken } = await import("../../lib/orders/access-token");

before(async () => {
  await (await startBoss(database.url)).stop({ graceful: false });
  await syncCatalogue(testClient(esimgoSandbox.baseUrl), { storeCurrency: "USD" });
});
beforeEach(() => esimgoSandbox.setFaults({}));
after(async () => {
  await esimgoSandbox.stop();
  await stripeSandbox.stop();
  await database.drop();
});

const guest = { userId: null };
const orders = () => db.order.count();

test("a valid cart becomes a pending order priced from the database and a Stripe Checkout Session", async () => {
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: "esim_3GB_30D_JP_V2" } });
  const result = await startCheckout(
    { email: "Buyer@Example.com", items: [{ bundle: bundle.name, quantity: 2, price: 1, unitPriceMinor: 1 }] },
    guest,
  );
  assert.ok(result.ok);
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { lines: true } });
  assert.equal(order.status, "pending_payment");
  assert.equal(order.email, "buyer@example.com");
  assert.equal(order.totalMinor, bundle.retailMinor! * 2, "the client's price is ignored");
  assert.equal(order.lines[0].unitPriceMinor, bundle.retailMinor);
  assert.equal(order.lines[0].wholesaleUnitMinor, bundle.wholesaleMinor);
  assert.equal(order.lines[0].fulfilmentStatus, "pending_payment");

  const stripe = new Stripe(stripeKey, { host: "127.0.0.1", port: stripeSandbox.port, protocol: "http" });
  const session = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId!);
  assert.equal(result.url, session.url);
  assert.equal(session.client_reference_id, order.id);
  assert.equal(session.metadata?.orderId, order.id);
  assert.equal(session.customer_email, "buyer@example.com");
  assert.equal(session.amount_total, order.totalMinor);
  const success = new URL(session.success_url!);
  assert.equal(success.origin + success.pathname, `http://store.test/en/order/${order.id}`);
  assert.ok(verifyOrderAccessToken(order.id, success.searchParams.get("token")));
  const item = stripeSandbox.state.sessions.get(session.id)!.line_items_data[0];
  assert.equal(item.price_data.product_data.name, "Japan · 3 GB · 30 days eSIM");
  assert.equal(item.quantity, 2);
});

test("a bad cart is refused with a clear message and creates nothing", async () => {
  const before = await orders();
  // Each refusal is a key of the Errors messages: the form shows it in the buyer's language.
  const cases: Array<[unknown, string]> = [
    [{ email: "not-an-email", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }] }, "invalidEmail"],
    [{ email: "a@example.com", items: [] }, "unknownPlan"],
    [{ email: "a@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 0 }] }, "quantityMin"],
    [{ email: "a@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 11 }] }, "quantityMax"],
    [{ email: "a@example.com", items: [{ bundle: "'; DROP TABLE x", quantity: 1 }] }, "unknownPlan"],
    [{ email: "a@example.com", items: [{ bundle: "esim_999GB_1D_XX_V2", quantity: 1 }] }, "planUnavailable"],
    [
      { email: "a@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1, targetIccid: "8944500000031000000123" }] },
      "signInToTopUp",
    ],
    [{ email: "a@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }], currency: "CHF" }, "invalidCart"],
    ["nonsense", "invalidCart"],
  ];
  const english = (await import("../../messages/en.json")).default.Errors as Record<string, string>;
  for (const [input, key] of cases) {
    const result = await startCheckout(input, guest);
    assert.equal(result.ok, false, JSON.stringify(input));
    assert.equal((result as { error: string }).error, key);
    assert.ok(english[key], `${key} is a message`);
  }
  assert.equal(await orders(), before);
});

test("a disabled or vanished plan cannot be bought", async () => {
  const before = await orders();
  await db.bundle.update({ where: { name: "esim_1GB_7D_FR_V2" }, data: { enabled: false } });
  await db.bundle.update({ where: { name: "esim_2GB_15D_FR_V2" }, data: { active: false } });
  for (const bundle of ["esim_1GB_7D_FR_V2", "esim_2GB_15D_FR_V2"]) {
    const result = await startCheckout({ email: "a@example.com", items: [{ bundle, quantity: 1 }] }, guest);
    assert.deepEqual(result, { ok: false, error: "planUnavailable" });
  }
  assert.equal(await orders(), before);
});

test("when eSIM Go refuses the order (validate) or is down, the buyer is told and nothing is created", async () => {
  const before = await orders();
  const balance = esimgoSandbox.world.state.organisation.balance;
  esimgoSandbox.world.state.organisation.balance = 0;
  try {
    const refused = await startCheckout({ email: "a@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }] }, guest);
    assert.deepEqual(refused, { ok: false, error: "planNotOrderable" });
  } finally {
    esimgoSandbox.world.state.organisation.balance = balance;
  }
  esimgoSandbox.setFaults({ errorRate: 1, pathPattern: "^/orders$" });
  const down = await startCheckout({ email: "a@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }] }, guest);
  assert.equal(down.ok, false);
  assert.deepEqual(down, { ok: false, error: "providerDown" });
  assert.equal(await orders(), before);
  assert.equal(esimgoSandbox.world.state.orders.length, 0, "validate never buys");
});

test("when Stripe is unavailable the order is removed again", async () => {
  const before = await orders();
  await stripeSandbox.stop();
  const result = await startCheckout({ email: "a@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }] }, guest);
  assert.equal(result.ok, false);
  assert.deepEqual(result, { ok: false, error: "paymentDown" });
  assert.equal(await orders(), before);
});
