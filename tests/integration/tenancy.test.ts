// Tenant isolation in the data layer: the same email on two storefronts is two accounts; a
// sign-in link, a session, an order or an eSIM of one tenant does not exist for the other, whatever
// id a request names; rows written in a tenant carry it. Auth.js's own adapter goes through it too.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createTestDatabase } from "../helpers/database";

const database = await createTestDatabase();
const { db } = await import("../../lib/db");
const { asTenant, OPERATOR } = await import("../../lib/tenancy/context");
const { PrismaAdapter } = await import("@auth/prisma-adapter");
after(() => database.drop());

const NOMADIC = "t_nomadic";
const adapter = PrismaAdapter(db as never);
const asOperator = <T>(fn: () => PromiseLike<T> | T) => asTenant(OPERATOR, async () => fn());
const asNomadic = <T>(fn: () => PromiseLike<T> | T) => asTenant(NOMADIC, async () => fn());

before(async () => {
  await db.tenant.create({ data: { id: NOMADIC, slug: "nomadic", name: "Nomadic", hosts: ["nomadic.localhost:3000"] } });
  const bundle = { description: "1GB, 7 Days, Japan", scope: "country", dataMb: 1000, durationDays: 7, unlimited: false } as const;
  await db.bundle.create({
    data: { id: "b", name: "esim_1GB_7D_JP_V2", ...bundle, wholesaleMinor: 300, wholesaleCurrency: "USD", lastSyncedAt: new Date() },
  });
});

test("one email, two storefronts: two accounts, each finding only its own", async () => {
  const email = "same@example.com";
  const onOperator = await asOperator(() => adapter.createUser!({ id: "", email, emailVerified: null }));
  const onNomadic = await asNomadic(() => adapter.createUser!({ id: "", email, emailVerified: null }));
  assert.notEqual(onOperator.id, onNomadic.id);
  assert.equal((await asOperator(() => adapter.getUserByEmail!(email)))?.id, onOperator.id);
  assert.equal((await asNomadic(() => adapter.getUserByEmail!(email)))?.id, onNomadic.id);
  assert.equal(await asNomadic(() => adapter.getUser!(onOperator.id)), null);
  const rows = await db.user.findMany({ where: { email }, select: { tenantId: true }, orderBy: { tenantId: "asc" } });
  assert.deepEqual(
    rows.map((r) => r.tenantId),
    [OPERATOR, NOMADIC],
  );
});

test("a sign-in link and a session work only on the storefront that made them", async () => {
  const user = await asNomadic(() => db.user.create({ data: { email: "links@example.com" } }));
  const token = { identifier: "links@example.com", token: "hashed-token", expires: new Date(Date.now() + 600_000) };
  await asNomadic(() => adapter.createVerificationToken!(token));
  assert.equal(await asOperator(() => adapter.useVerificationToken!({ identifier: token.identifier, token: token.token })), null);
  assert.equal(
    (await asNomadic(() => adapter.useVerificationToken!({ identifier: token.identifier, token: token.token })))?.token,
    token.token,
  );

  await asNomadic(() => adapter.createSession!({ sessionToken: "session-1", userId: user.id, expires: new Date(Date.now() + 600_000) }));
  assert.equal(await asOperator(() => adapter.getSessionAndUser!("session-1")), null);
  assert.equal((await asNomadic(() => adapter.getSessionAndUser!("session-1")))?.user.id, user.id);
});

test("another tenant's order, lines and eSIM cannot be read, changed or deleted by id", async () => {
  const order = await asNomadic(() =>
    db.order.create({
      data: {
        email: "buyer@example.com",
        currency: "USD",
        subtotalMinor: 499,
        totalMinor: 499,
        lines: {
          create: {
            bundleId: "b",
            bundleName: "esim_1GB_7D_JP_V2",
            quantity: 1,
            unitPriceMinor: 499,
            wholesaleUnitMinor: 300,
            currency: "USD",
          },
        },
      },
      include: { lines: true },
    }),
  );
  assert.equal(order.tenantId, NOMADIC, "a row written in a tenant carries it");
  const esim = await asNomadic(() => db.esim.create({ data: { iccid: "8944500000310000999", ownerEmail: "buyer@example.com" } }));

  await asOperator(async () => {
    assert.equal(await db.order.findUnique({ where: { id: order.id } }), null);
    assert.equal(await db.order.count({ where: { email: "buyer@example.com" } }), 0);
    assert.equal(await db.orderLine.findUnique({ where: { id: order.lines[0].id } }), null);
    assert.equal(await db.esim.findUnique({ where: { iccid: esim.iccid } }), null);
    assert.equal((await db.order.updateMany({ where: { id: order.id }, data: { status: "expired" } })).count, 0);
    await assert.rejects(db.order.update({ where: { id: order.id }, data: { status: "expired" } }));
    await assert.rejects(db.esim.delete({ where: { id: esim.id } }));
    await assert.rejects(
      db.order.create({ data: { tenantId: NOMADIC, email: "x@example.com", currency: "USD", subtotalMinor: 1, totalMinor: 1 } }),
    );
  });
  const unchanged = await asNomadic(() => db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } }));
  assert.equal(unchanged.status, "pending_payment");
  assert.equal(unchanged.lines.length, 1);
});

test("operator staff add resellers on hosts of their own; a reseller sells once its Stripe account takes payments, nothing at once when suspended, and again when reactivated", async () => {
  const { createReseller, resellerSchema, setResellerStatus } = await import("../../lib/tenancy/resellers");
  const { startCheckout } = await import("../../lib/checkout/start-checkout");
  const staff = await db.user.create({ data: { email: "ops@example.com", role: "staff" } });
  const form = (fields: Record<string, string>) =>
    resellerSchema.parse({
      name: "Wander",
      slug: "wander",
      hosts: "Shop.Wander.example, wander.localhost:3000",
      profileId: "",
      defaultLocale: "de",
      defaultCurrency: "EUR",
      ...fields,
    });

  assert.deepEqual(form({}).hosts, ["shop.wander.example", "wander.localhost:3000"]);
  assert.equal(resellerSchema.safeParse({ ...form({}), hosts: "https://x/" }).success, false);
  assert.equal((await createReseller(staff.id, form({ hosts: "127.0.0.1:3000" }))).ok, false, "the operator's own host");
  assert.equal(
    (await createReseller(staff.id, form({ slug: "other", hosts: "nomadic.localhost:3000" }))).ok,
    false,
    "another reseller's host",
  );
  assert.ok((await createReseller(staff.id, form({}))).ok);
  const wander = await db.tenant.findUniqueOrThrow({ where: { slug: "wander" } });

  const cart = { email: "traveller@example.com", items: [{ bundle: "esim_1GB_7D_JP_V2", quantity: 1 }] };
  // Nothing is sold before its Stripe account takes payments (its sales are paid to it).
  assert.deepEqual(await asTenant(wander.id, () => startCheckout(cart, { userId: null })), { ok: false, error: "storeNotSelling" });
  await db.tenant.update({ where: { id: wander.id }, data: { stripeAccountId: "acct_wander", stripeChargesEnabled: true } });
  assert.ok((await setResellerStatus(staff.id, wander.id, "suspended")).ok);
  assert.deepEqual(await asTenant(wander.id, () => startCheckout(cart, { userId: null })), { ok: false, error: "storeNotSelling" });
  assert.equal((await setResellerStatus(staff.id, wander.id, "suspended")).ok, false, "already suspended");
  assert.ok((await setResellerStatus(staff.id, wander.id, "active")).ok);
  const again = await asTenant(wander.id, () => startCheckout(cart, { userId: null }));
  assert.notEqual(again.ok === false && again.error, "storeNotSelling");
  assert.equal((await setResellerStatus(staff.id, OPERATOR, "suspended")).ok, false);
  assert.equal(await db.auditLog.count({ where: { targetId: wander.id } }), 3);
});

test("operator staff see each reseller's last 30 days: orders, revenue, eSIM Go cost and margin, its own only", async () => {
  const { listResellers } = await import("../../lib/tenancy/resellers");
  const { env } = await import("../../lib/config/env");
  const currency = env().STORE_CURRENCY;
  const line = { bundleId: "b", bundleName: "esim_1GB_7D_JP_V2", quantity: 2, unitPriceMinor: 499, wholesaleUnitMinor: 300, currency };
  const paid = { currency, subtotalMinor: 998, totalMinor: 998, status: "fulfilled" as const, paidAt: new Date() };
  await asNomadic(() => db.order.create({ data: { email: "sold@example.com", ...paid, lines: { create: line } } }));
  await asOperator(() => db.order.create({ data: { email: "own@example.com", ...paid, lines: { create: line } } }));
  const nomadic = (await listResellers()).find((r) => r.id === NOMADIC)!;
  assert.deepEqual(nomadic.sales, { orders: 1, revenueMinor: 998, marginMinor: 998 - 600 });
});
