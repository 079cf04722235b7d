import assert from "node:assert/strict";
import { test } from "node:test";
import { activationCode, installLinks } from "../../lib/esimgo/activation";
import { parseProviderJson } from "../../lib/esimgo/json";
import { forLog, redact } from "../../lib/esimgo/redact";
import { assignmentsSchema, cataloguePageSchema, historySchema, organisationSchema } from "../../lib/esimgo/schemas";

test("the activation code strips the scheme from the SM-DP+ address", () => {
  assert.equal(activationCode("https://smdp.example.com/", "AB-12"), "LPA:1$smdp.example.com$AB-12");
  const links = installLinks("LPA:1$smdp.example.com$AB-12");
  assert.equal(links.apple, "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=LPA%3A1%24smdp.example.com%24AB-12");
  assert.ok(links.android.startsWith("https://esimsetup.android.com/esim_qrcode_provisioning?carddata=LPA%3A1"));
});

test("an ICCID sent as a JSON number keeps every digit", () => {
  const parsed = parseProviderJson('{"iccid": 8944500000031000000123, "alertType":"Utilisation"}') as { iccid: string };
  assert.equal(parsed.iccid, "8944500000031000000123");
});

test("redaction removes activation data and keys but keeps the rest", () => {
  const out = redact({
    iccid: "8944",
    matchingId: "SECRET-1",
    pin: "1234",
    nested: [{ note: "code LPA:1$smdp.x$SECRET-2 here", appleInstallUrl: "https://x?carddata=abc" }],
  }) as Record<string, unknown>;
  const text = JSON.stringify(out);
  assert.equal(text.includes("SECRET"), false);
  assert.equal(text.includes("1234"), false);
  assert.equal(text.includes("carddata=abc"), false);
  assert.equal(out.iccid, "8944");
  const big = forLog({ list: Array.from({ length: 5000 }, (_, i) => ({ i })) }) as { truncated: boolean };
  assert.equal(big.truncated, true);
});

test("the catalogue is read from the live object shape and from the spec's bare array", () => {
  const bundle = {
    name: "esim_1GB_7D_NL_V2",
    description: "eSIM, 1GB, 7 Days, Netherlands, V2",
    groups: ["Standard eSIM Bundles"],
    countries: [{ name: "Netherlands", region: "Europe", iso: "NL" }],
    dataAmount: 1000,
    duration: 7,
    speed: ["4G"],
    unlimited: false,
    price: 6.9,
  };
  const live = cataloguePageSchema.parse({ bundles: [bundle], pageCount: 3, rows: 120, pageSize: 50 });
  assert.equal(live.pageCount, 3);
  assert.equal(live.bundles[0].price, 6.9);
  assert.equal(live.bundles[0].dataMb, 1000);
  const spec = cataloguePageSchema.parse([bundle]);
  assert.equal(spec.bundles[0].name, "esim_1GB_7D_NL_V2");
  assert.equal(spec.pageCount, null, "a bare array says nothing about further pages");
});

test("install data is read as an object or a list, with smdpAddress or rspUrl", () => {
  const one = assignmentsSchema.parse({ iccid: "8944123456789012345", matchingId: "M1", smdpAddress: "smdp.a", profileStatus: "Released" });
  const many = assignmentsSchema.parse(parseProviderJson('[{"iccid": 8944123456789012345, "matchingId": "M2", "rspUrl": "smdp.b"}]'));
  assert.equal(one[0].smdpAddress, "smdp.a");
  assert.equal(many[0].smdpAddress, "smdp.b");
  assert.equal(many[0].iccid, "8944123456789012345");
  assert.throws(() => assignmentsSchema.parse({ iccid: "8944123456789012345", matchingId: "M1" }));
});

test("decimal balances and nanosecond timestamps parse", () => {
  assert.equal(organisationSchema.parse({ name: "x", currency: "USD", balance: 1234.56 }).balance, 1234.56);
  const [h] = historySchema.parse([{ name: "Bundle Applied", bundleName: "b", date: "2023-04-07T00:50:31.618780311Z" }]);
  assert.equal(h.date?.toISOString(), "2023-04-07T00:50:31.618Z");
});
