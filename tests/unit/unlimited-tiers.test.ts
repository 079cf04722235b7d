// Unlimited plans are described as what they are: a daily full-speed allowance, then a throttle.
import assert from "node:assert/strict";
import { test } from "node:test";
import { planAllowance, planDataInFull } from "../../lib/catalogue/plan-name";
import { applyFilters } from "../../lib/catalogue/plan-filters";
import type { Plan } from "../../lib/catalogue/plans";
import { unlimitedTier } from "../../lib/catalogue/unlimited-tiers";

const plan = (name: string, group: string, unlimited = true) =>
  ({
    name,
    groups: [group],
    unlimited,
    scope: "country",
    countries: ["JP"],
    roamingCountries: [],
    region: null,
    dataMb: unlimited ? 0 : 3000,
    durationDays: 7,
    speeds: ["4G"],
    retailMinor: 1000,
    retailCurrency: "USD",
  }) as unknown as Plan;

const lite = plan("esim_UL_7D_JP_V2", "Standard Unlimited Lite");
const essential = plan("esim_ULE_7D_JP_V2", "Standard Unlimited Essential");
const plus = plan("esim_ULP_7D_JP_V2", "Standard Unlimited Plus");
const fixed = plan("esim_3GB_30D_JP_V2", "Standard eSIM Bundles", false);

test("each unlimited group has its daily allowance and throttled speed; fixed plans have none", () => {
  assert.deepEqual(unlimitedTier(lite), { name: "lite", dailyMb: 1000, throttleKbps: 512 });
  assert.deepEqual(unlimitedTier(essential), { name: "essential", dailyMb: 1000, throttleKbps: 1250 });
  assert.deepEqual(unlimitedTier(plus), { name: "plus", dailyMb: 2000, throttleKbps: 2000 });
  assert.equal(unlimitedTier({ ...essential, groups: [] })?.name, "essential", "the name tells when the group is missing");
  assert.equal(unlimitedTier(fixed), null);
});

test("the allowance is written in the reader's language", () => {
  assert.equal(planAllowance(essential), "1 GB a day at full speed, then 1.25 Mb/s");
  assert.equal(planDataInFull(lite), "Unlimited (1 GB a day at full speed, then 512 kb/s)");
  assert.equal(planDataInFull(fixed), "3 GB");
  const german = {
    unlimited: "Unbegrenzt",
    global: "Weltweit",
    region: (n: string) => n,
    allowance: (d: string, s: string) => `${d}/Tag, dann ${s}`,
  };
  assert.equal(planAllowance(essential, "de", german)?.replace(/\u00a0/g, " "), "1 GB/Tag, dann 1,25 Mb/s");
});

test("the data filter can pick one unlimited tier", () => {
  const all = [lite, essential, plus, fixed];
  const pick = (data: string) => applyFilters(all, { data, days: "all", sort: "price" } as never).map((p) => p.name);
  assert.deepEqual(pick("unlimitedEssential"), [essential.name]);
  assert.deepEqual(pick("unlimitedPlus"), [plus.name]);
  assert.deepEqual(pick("unlimited").sort(), [lite.name, essential.name, plus.name].sort());
});
