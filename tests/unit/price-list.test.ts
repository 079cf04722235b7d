// Each storefront's price list: the operator's retail over wholesale; a reseller's cost over
// wholesale (the operator's rules for it) and its retail over that cost, never below it, in every
// currency with a rate.
import assert from "node:assert/strict";
import { test } from "node:test";
import { priceList } from "../../lib/catalogue/currency-prices";

const bundle = {
  id: "b1",
  name: "esim_1GB_7D_JP_V2",
  countries: ["JP"],
  region: "Asia",
  groups: ["Standard"],
  wholesaleMinor: 300,
  wholesaleCurrency: "USD",
  retailMinor: 499,
};
const rates = new Map(Object.entries({ EUR: 1, USD: 1.1, GBP: 0.85, JPY: 160, AUD: 1.65, CAD: 1.5 }));
const rule = (
  tenantId: string,
  tier: "retail" | "cost",
  markupBps: number,
  extra: Partial<{ scope: "default" | "country"; match: string | null; charmEnding: number | null; minMarginMinor: number }> = {},
) => ({
  tenantId,
  tier,
  scope: "default" as const,
  match: null,
  markupBps,
  minMarginMinor: 0,
  charmEnding: null,
  active: true,
  ...extra,
});
const rules = [
  rule("operator", "retail", 3500, { charmEnding: 99 }),
  rule("nomadic", "cost", 2500),
  rule("nomadic", "retail", 4000, { charmEnding: 99 }),
  rule("nomadic", "retail", 0, { scope: "country", match: "JP" }), // sold at cost in Japan
];
const usd = (rows: ReturnType<typeof priceList>) => rows.find((r) => r.currency === "USD")!;

test("the operator's list is retail over wholesale, with no cost", () => {
  assert.deepEqual(usd(priceList("operator", [bundle], rules, rates, 200)), { id: "b1", currency: "USD", retail: 499, cost: null });
});

test("a reseller's cost is over wholesale and its retail over that cost, never below it", () => {
  const withoutJapanRule = rules.slice(0, 3);
  const nomadic = usd(priceList("nomadic", [bundle], withoutJapanRule, rates, 200));
  assert.equal(nomadic.cost, 375); // 3.00 + 25 %
  assert.equal(nomadic.retail, 599); // 3.75 + 40 % = 5.25, ending .99
  assert.ok(nomadic.retail > 499, "dearer than the operator's own price");
  const atCost = usd(priceList("nomadic", [bundle], rules, rates, 200)); // the more specific country rule wins
  assert.equal(atCost.retail, atCost.cost);
});

test("every currency with a rate gets both tiers; the retail price always covers the cost", () => {
  const rows = priceList("nomadic", [bundle], rules.slice(0, 3), rates, 200);
  assert.deepEqual(rows.map((r) => r.currency).sort(), ["AUD", "CAD", "EUR", "GBP", "JPY", "USD"]);
  for (const r of rows) assert.ok(r.cost !== null && r.retail >= r.cost, r.currency);
  const yen = rows.find((r) => r.currency === "JPY")!;
  assert.equal(yen.retail % 10, 0, "yen prices are whole tens");
  assert.deepEqual(
    priceList(
      "nomadic",
      [bundle],
      rules,
      new Map([
        ["EUR", 1],
        ["USD", 1.1],
      ]),
      200,
    )
      .map((r) => r.currency)
      .sort(),
    ["EUR", "USD"],
  );
});
