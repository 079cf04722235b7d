import assert from "node:assert/strict";
import { test } from "node:test";
import { servesHost, storeHosts } from "../../lib/http/store-hosts";

test("the shop answers on APP_URL's host and STORE_HOSTS, and on nothing a request makes up", () => {
  const hosts = storeHosts("https://shop.example", "www.shop.example, Shop.Example:8443", true);
  assert.deepEqual(hosts, ["shop.example", "www.shop.example", "shop.example:8443"]);
  assert.ok(servesHost(hosts, "shop.example", "/en"));
  assert.ok(servesHost(hosts, "WWW.SHOP.EXAMPLE", "/"));
  for (const forged of ["evil.example", "shop.example.evil.example", "shop.example:80", "localhost", "", null])
    assert.equal(servesHost(hosts, forged, "/en"), false, String(forged));
});

test("a local store is the same on 127.0.0.1 and localhost, but only outside production", () => {
  assert.deepEqual(storeHosts("http://127.0.0.1:3000", undefined, false), ["127.0.0.1:3000", "localhost:3000"]);
  assert.deepEqual(storeHosts("http://127.0.0.1:3000", undefined, true), ["127.0.0.1:3000"]);
  assert.deepEqual(storeHosts("https://shop.example", undefined, false), ["shop.example"]);
});

test("load balancers' health and readiness probes are answered on any host", () => {
  const hosts = storeHosts("https://shop.example", undefined, true);
  assert.ok(servesHost(hosts, "10.0.3.7:3000", "/api/health"));
  assert.ok(servesHost(hosts, null, "/api/ready"));
  assert.equal(servesHost(hosts, "10.0.3.7:3000", "/api/health/x"), false);
  assert.equal(servesHost(hosts, "10.0.3.7:3000", "/api/stripe/webhook"), false);
});
