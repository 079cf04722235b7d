// Receipts: a German buyer's order shows the VAT included at Germany's configured rate, what
// store credit paid, and each refund with the net; the PDF says the same; another customer's id
// finds nothing.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createTestDatabase } from "../helpers/database";
import { pdfText } from "../helpers/pdf-text";

const database = await createTestDatabase();
Object.assign(process.env, { TAX_RATES: "DE:19,FR:20", LEGAL_NAME: "Receipt Test GmbH", LEGAL_TAX_ID: "DE123456789" });
const { db } = await import("../../lib/db");
const { giveMoneyBack } = await import("../../lib/money/refunds");
const { includedTax, loadReceipt } = await import("../../lib/orders/receipt");
const { receiptPdf } = await import("../../lib/orders/receipt-pdf");

after(() => database.drop());

let orderId = "";
let ownerId = "";
before(async () => {
  ownerId = (await db.user.create({ data: { email: "buyer@example.de" } })).id;
  const bundle = await db.bundle.create({
    data: {
      name: "esim_3GB_30D_DE_V2",
      description: "eSIM, 3GB, 30 Days, Germany, V2",
      countries: ["DE"],
      scope: "country",
      dataMb: 3000,
      durationDays: 30,
      unlimited: false,
      wholesaleMinor: 500,
      wholesaleCurrency: "EUR",
      lastSyncedAt: new Date(),
    },
  });
  const order = await db.order.create({
    data: {
      email: "buyer@example.de",
      userId: ownerId,
      status: "fulfilled",
      paidAt: new Date("2026-11-20T10:00:00Z"),
      currency: "EUR",
      locale: "de",
      billingCountry: "DE",
      subtotalMinor: 2380,
      creditAppliedMinor: 380,
      totalMinor: 2000,
      stripePaymentIntentId: "pi_test_receipt",
      lines: {
        create: [
          {
            bundleId: bundle.id,
            bundleName: bundle.name,
            quantity: 2,
            unitPriceMinor: 1190,
            wholesaleUnitMinor: 500,
            currency: "EUR",
            fulfilmentStatus: "fulfilled",
          },
        ],
      },
    },
  });
  orderId = order.id;
  const refund = await giveMoneyBack({ orderId, amountMinor: 1190, method: "credit", reason: "one eSIM not needed", staffId: null });
  assert.ok(refund.ok, refund.ok ? "" : refund.error);
});

test("VAT included in the prices is the part above the rate", () => {
  assert.equal(includedTax(1190, 19), 190);
  assert.equal(includedTax(2380, 19), 380);
  assert.equal(includedTax(1000, 0), 0);
});

test("the receipt shows lines, credit, the VAT at the billing country's rate, the refund and the net", async () => {
  const r = await loadReceipt(orderId, { userId: ownerId }, "de");
  assert.ok(r);
  assert.deepEqual(
    r.lines.map((l) => [l.quantity, l.unitMinor, l.amountMinor]),
    [[2, 1190, 2380]],
  );
  assert.equal(r.creditMinor, 380);
  assert.deepEqual(r.tax, { ratePercent: 19, country: "DE", amountMinor: 380 });
  assert.deepEqual(
    r.refunds.map((x) => [x.method, x.amountMinor]),
    [["credit", 1190]],
  );
  assert.equal(r.netMinor, 2380 - 1190);

  const text = await pdfText(await receiptPdf(r, "de"));
  for (const expected of [
    "Receipt Test GmbH",
    "USt-IdNr. DE123456789",
    orderId,
    "buyer@example.de",
    "Deutschland",
    "23,80 €",
    "Mit Guthaben bezahlt 3,80 €",
    "Mit Karte bezahlt 20,00 €",
    "Enthält 19 % MwSt. (DE)",
    "3,80 €",
    "-11,90 €",
    "one eSIM not needed",
  ])
    assert.ok(text.includes(expected), `the PDF says ${JSON.stringify(expected)}:\n${text}`);
});

test("another customer's id, or a country without a rate, changes what the receipt shows", async () => {
  const stranger = (await db.user.create({ data: { email: "someone@example.com" } })).id;
  assert.equal(await loadReceipt(orderId, { userId: stranger }, "en"), null);
  await db.order.update({ where: { id: orderId }, data: { billingCountry: "US" } });
  assert.equal((await loadReceipt(orderId, { userId: ownerId }, "en"))?.tax, null);
  const text = await pdfText(await receiptPdf((await loadReceipt(orderId, null, "en"))!, "en"));
  assert.ok(!/VAT/.test(text.replace("VAT number", "")), text);
});

test("a Japanese customer's receipt is written in Japanese", async () => {
  const text = await pdfText(await receiptPdf((await loadReceipt(orderId, null, "ja"))!, "ja"));
  for (const expected of ["領収書", "請求先", "buyer@example.de", "合計 €23.80", "ストアクレジットで支払い €3.80", "返金後の正味額 €11.90"])
    assert.ok(text.includes(expected), `the PDF says ${JSON.stringify(expected)}:\n${text}`);
});
