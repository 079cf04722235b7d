import assert from "node:assert/strict";
import { test } from "node:test";
import { boundedSearch, MAX_PARAM_CHARS } from "../../lib/http/query-bounds";

test("finding 9: a repeated query parameter keeps its first value only", () => {
  assert.equal(boundedSearch("?token=a&token=b"), "?token=a");
  assert.equal(boundedSearch("?q=a&to=x&q=b"), "?q=a&to=x");
});

test("finding 5: an over-long value is cut to the bound; a normal query is left alone", () => {
  const cut = boundedSearch(`?q=${"x".repeat(6000)}`);
  assert.equal(new URLSearchParams(cut!).get("q")!.length, MAX_PARAM_CHARS);
  assert.equal(boundedSearch("?q=japan&page=2"), null);
  assert.equal(boundedSearch(""), null);
});

test("names that are also object properties are left alone (Next.js always hands them over repeated)", () => {
  assert.equal(boundedSearch("?constructor"), null);
  assert.equal(boundedSearch("?__proto__=1&toString=2"), null);
  assert.equal(boundedSearch("?constructor=function%20Object()&constructor="), null);
  assert.equal(boundedSearch("?constructor=a&q=1&q=2"), "?q=1", "they are not sent on either");
});

test("the bounded form is a fixed point, so the proxy's redirect never loops", () => {
  for (const search of [
    "?a=1&a=2",
    `?q=${"é".repeat(600)}`,
    `?${"n".repeat(80)}=1&b=2`,
    "?x=%E0%A4%A&x=1",
    "?a+b=c+d&a+b=e",
    `?${Array.from({ length: 50 }, (_, i) => `p${i}=1`).join("&")}`,
  ]) {
    const once = boundedSearch(search);
    assert.notEqual(once, null, search);
    assert.equal(boundedSearch(once!), null, search);
  }
});
