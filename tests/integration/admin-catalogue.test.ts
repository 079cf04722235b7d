// Staff catalogue tools against real PostgreSQL: a pricing-rule preview shows exactly what saving
// does, a typo in a rule's match is refused, and a disabled bundle leaves the storefront.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createTestDatabase } from "../helpers/database";
import { startTestSandbox, testClient } from "../helpers/sandbox";

const database = await createTestDatabase();
const sandbox = await startTestSandbox();
const { db } = await import("../../lib/db");
const { syncCatalogue } = await import("../../lib/catalogue/sync");
const { previewRule } = await import("../../lib/catalogue/pricing-preview");
const { saveRule, deleteRule, unknownMatch } = await import("../../lib/catalogue/pricing-rules");
const { setBundleEnabled } = await import("../../lib/catalogue/staff-catalogue");
const { plansForCountry } = await import("../../lib/catalogue/plans");
const OPERATOR_USD = { tenantId: "operator", currency: "USD" };
const { retailPrice } = await import("../../lib/catalogue/pricing");

let staffId = "";
before(async () => {
  await syncCatalogue(testClient(sandbox.baseUrl), { storeCurrency: "USD" });
  staffId = (await db.user.create({ data: { email: "staff@store.test", role: "staff" } })).id;
});
after(async () => {
  await sandbox.stop();
  await database.drop();
});

const japanRule = { scope: "country" as const, match: "JP", markupBps: 10_000, minMarginMinor: 100, charmEnding: 49, active: true };

test("the preview lists every bundle the rule would price, with the prices saving then sets", async () => {
  const japan = await db.bundle.findMany({ where: { scope: "country", countries: { has: "JP" }, active: true } });
  const preview = await previewRule(japanRule, "USD", 1000);
  assert.equal(preview.governed, japan.length);
  assert.ok(preview.changed > 0);
  assert.ok(preview.averageMarginAfterBps! > preview.averageMarginBeforeBps!, "doubling the price raises the margin");
  for (const row of preview.sample) assert.equal(row.afterMinor, retailPrice(row.wholesaleMinor, japanRule));
  assert.equal(await db.pricingRule.count(), 0, "a preview saves nothing");

  const saved = await saveRule(staffId, japanRule, "USD");
  assert.ok(saved.ok, saved.message);
  for (const row of preview.sample) {
    const bundle = await db.bundle.findUniqueOrThrow({ where: { name: row.name } });
    assert.equal(bundle.retailMinor, row.afterMinor, row.name);
    assert.equal(bundle.retailMinor! % 100, 49);
  }
  const france = await db.bundle.findFirstOrThrow({ where: { scope: "country", countries: { has: "FR" } } });
  assert.notEqual(france.retailMinor! % 100, 49, "other countries keep their rule");

  const again = await saveRule(staffId, { ...japanRule, markupBps: 5000 }, "USD");
  assert.ok(again.ok);
  assert.equal(
    await db.pricingRule.count({ where: { scope: "country", match: "JP" } }),
    1,
    "saving the same scope and match edits the rule",
  );
  const rule = await db.pricingRule.findFirstOrThrow({ where: { match: "JP" } });
  assert.ok((await deleteRule(staffId, rule.id, "USD")).ok);
  const audits = (await db.auditLog.findMany({ where: { actorId: staffId } })).map((a) => a.action);
  assert.deepEqual(audits.sort(), ["pricing_rule_deleted", "pricing_rule_saved", "pricing_rule_saved"]);
});

test("a rule for something the catalogue does not have is refused", async () => {
  assert.match((await unknownMatch({ ...japanRule, match: "XX" }))!, /No country called “XX”/);
  assert.equal((await saveRule(staffId, { ...japanRule, scope: "bundle", match: "esim_typo" }, "USD")).ok, false);
  assert.equal(await unknownMatch({ ...japanRule, scope: "region", match: "Europe" }), null);
});

test("a disabled bundle is no longer sold; enabling it brings it back", async () => {
  const bundle = await db.bundle.findUniqueOrThrow({ where: { name: "esim_1GB_7D_JP_V2" } });
  assert.ok((await plansForCountry("JP", OPERATOR_USD)).some((p) => p.name === bundle.name));
  await setBundleEnabled(staffId, bundle.id, false);
  assert.ok(!(await plansForCountry("JP", OPERATOR_USD)).some((p) => p.name === bundle.name));
  await setBundleEnabled(staffId, bundle.id, true);
  assert.ok((await plansForCountry("JP", OPERATOR_USD)).some((p) => p.name === bundle.name));
});
