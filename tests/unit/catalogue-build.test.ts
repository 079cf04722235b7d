import assert from "node:assert/strict";
import { test } from "node:test";
import { buildCatalogue } from "../../sandbox/esimgo/catalogue";
import { luhnDigit } from "../../sandbox/esimgo/world";
import { REGIONS } from "../../lib/catalogue/countries";

test("the sandbox catalogue is large, covers every region and is the same on every run", () => {
  const a = buildCatalogue();
  const b = buildCatalogue();
  assert.deepEqual(a, b);
  assert.ok(a.length >= 3000, `${a.length} bundles`);
  const countries = new Set(a.filter((x) => x.countries.length === 1).map((x) => x.countries[0].iso));
  assert.ok(countries.size >= 150, `${countries.size} countries`);
  for (const region of REGIONS)
    assert.ok(
      a.some((x) => x.countries.length > 1 && x.description.includes(region)),
      `regional bundles for ${region}`,
    );
  assert.ok(a.some((x) => x.description.includes("Global")));
  assert.ok(a.some((x) => x.unlimited) && a.some((x) => !x.unlimited));
  assert.ok(a.every((x) => x.price > 0 && Number.isFinite(x.price)));
  assert.equal(new Set(a.map((x) => x.name)).size, a.length);
});

test("the Luhn check digit matches the standard examples", () => {
  assert.equal(luhnDigit("7992739871"), "3");
  assert.equal(luhnDigit("8901410321111851072"), "0"); // a published, valid 20-digit ICCID
});
