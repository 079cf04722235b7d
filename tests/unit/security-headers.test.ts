import assert from "node:assert/strict";
import { test } from "node:test";
import { contentSecurityPolicy, isForeignActionCall, securityHeaders } from "../../lib/security/headers";

const base = { nonce: "abc", production: false, development: false, checkoutOrigin: "https://checkout.stripe.com" };

test("production adds HSTS and upgrade-insecure-requests; development allows eval and websockets", () => {
  assert.equal(securityHeaders(base)["Strict-Transport-Security"], undefined);
  assert.match(securityHeaders({ ...base, production: true })["Strict-Transport-Security"], /max-age=63072000/);
  assert.match(contentSecurityPolicy({ ...base, production: true }), /upgrade-insecure-requests/);
  assert.doesNotMatch(contentSecurityPolicy(base), /unsafe-eval/);
  assert.match(contentSecurityPolicy({ ...base, development: true }), /script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval'/);
  assert.match(contentSecurityPolicy(base), /form-action 'self' https:\/\/checkout\.stripe\.com/);
});

test("server-action calls must come from the store's own origin", () => {
  const call = (h: Record<string, string>, method = "POST") => isForeignActionCall(method, new Headers(h), "https://shop.example");
  assert.equal(call({ "next-action": "x", origin: "https://shop.example", host: "shop.example" }), false);
  assert.equal(call({ "next-action": "x", origin: "https://evil.example", host: "shop.example" }), true);
  assert.equal(call({ "next-action": "x", host: "shop.example" }), true, "no Origin: refused");
  assert.equal(call({ "next-action": "x", origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" }), false, "an instance reached directly");
  assert.equal(call({ origin: "https://evil.example" }), false, "not an action: Next and the route decide");
  assert.equal(call({ "next-action": "x", origin: "https://evil.example" }, "GET"), false);
});
