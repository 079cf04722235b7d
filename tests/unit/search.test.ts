import assert from "node:assert/strict";
import { test } from "node:test";
import { COUNTRIES } from "../../lib/catalogue/countries";
import { editDistance, searchDestinations, searchEntry } from "../../lib/catalogue/destination-search";

const index = COUNTRIES.map((c) => searchEntry(c));
const top = (q: string) => searchDestinations(index, q)[0]?.name;

test("typos, codes and aliases find the country", () => {
  assert.equal(top("japn"), "Japan");
  assert.equal(top("Japan"), "Japan");
  assert.equal(top("jp"), "Japan");
  assert.equal(top("usa"), "United States");
  assert.equal(top("uk"), "United Kingdom");
  assert.equal(top("holland"), "Netherlands");
  assert.equal(top("thialand"), "Thailand");
  assert.equal(top("germny"), "Germany");
  assert.equal(top("turkey"), "Türkiye");
  assert.equal(top("mexico"), "Mexico");
  assert.equal(top("méxico"), "Mexico");
  assert.equal(top("south kor"), "South Korea");
});

test("prefixes list several candidates, exact matches first", () => {
  const names = searchDestinations(index, "ital").map((c) => c.name);
  assert.equal(names[0], "Italy");
  assert.ok(searchDestinations(index, "new").some((c) => c.name === "New Zealand"));
});

test("nonsense finds nothing; empty finds nothing", () => {
  assert.deepEqual(searchDestinations(index, "qqqqzzzz"), []);
  assert.deepEqual(searchDestinations(index, "   "), []);
});

test("edit distance counts a transposition as one edit", () => {
  assert.equal(editDistance("japna", "japan"), 1);
  assert.equal(editDistance("kitten", "sitting"), 3);
});
