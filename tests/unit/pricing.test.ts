import assert from "node:assert/strict";
import { test } from "node:test";
import { retailPrice, ruleFor } from "../../lib/catalogue/pricing";

const rule = (scope: "default" | "group" | "region" | "country" | "bundle", match: string | null, markupBps: number) => ({
  scope,
  match,
  markupBps,
  minMarginMinor: 0,
  charmEnding: null,
  active: true,
});
const japan = { name: "esim_1GB_7D_JP_V2", countries: ["JP"], region: "Asia", groups: ["Standard eSIM Bundles"], wholesaleMinor: 331 };

test("retail price applies the markup and rounds up to the charm ending", () => {
  assert.equal(retailPrice(331, { markupBps: 3500, minMarginMinor: 0, charmEnding: 99 }), 499);
  assert.equal(retailPrice(1000, { markupBps: 0, minMarginMinor: 0, charmEnding: 99 }), 1099); // 10.00 -> 10.99
  assert.equal(retailPrice(1099, { markupBps: 0, minMarginMinor: 0, charmEnding: 99 }), 1099);
});

test("the minimum margin lifts cheap bundles", () => {
  assert.equal(retailPrice(100, { markupBps: 1000, minMarginMinor: 150, charmEnding: null }), 250);
});

test("a bundle never sells below wholesale, even with a negative markup", () => {
  assert.equal(retailPrice(500, { markupBps: -5000, minMarginMinor: 0, charmEnding: null }), 500);
});

test("the most specific active rule wins", () => {
  const rules = [
    rule("default", null, 1000),
    rule("group", "Standard eSIM Bundles", 2000),
    rule("region", "Asia", 3000),
    rule("country", "JP", 4000),
  ];
  assert.equal(ruleFor(japan, rules).markupBps, 4000);
  assert.equal(ruleFor(japan, [...rules, rule("bundle", japan.name, 5000)]).markupBps, 5000);
  assert.equal(ruleFor(japan, rules.slice(0, 3)).markupBps, 3000);
  assert.equal(ruleFor(japan, rules.slice(0, 2)).markupBps, 2000);
  assert.equal(ruleFor(japan, [{ ...rule("country", "JP", 4000), active: false }, rule("default", null, 1000)]).markupBps, 1000);
});
