import assert from "node:assert/strict";
import { test } from "node:test";
import { contentSecurityPolicy, isForeignActionCall, securityHeaders } from "../../lib/http/security-headers";

import { PLACEHOLDER } from "../../lib/http/csp-placeholder.mjs";

const base = { production: false, development: false, checkoutOrigin: "https://checkout.stripe.com" };

test("scripts: allowed by hash (filled in per page), never inline in production; development allows eval and websockets", () => {
  assert.match(contentSecurityPolicy(base), new RegExp(`script-src 'self' ${PLACEHOLDER} 'strict-dynamic';`));
  const scriptSrc = contentSecurityPolicy({ ...base, production: true })
    .split("; ")
    .find((d) => d.startsWith("script-src"));
  assert.doesNotMatch(scriptSrc ?? "", /unsafe/);
});

test("production adds HSTS and upgrade-insecure-requests", () => {
  assert.equal(securityHeaders(base)["Strict-Transport-Security"], undefined);
  assert.match(securityHeaders({ ...base, production: true })["Strict-Transport-Security"], /max-age=63072000/);
  assert.match(contentSecurityPolicy({ ...base, production: true }), /upgrade-insecure-requests/);
  assert.doesNotMatch(contentSecurityPolicy(base), /unsafe-eval/);
  assert.match(contentSecurityPolicy({ ...base, development: true }), /script-src 'self' 'unsafe-inline' 'unsafe-eval'/);
  assert.match(contentSecurityPolicy(base), /form-action 'self' https:\/\/checkout\.stripe\.com/);
});

test("server-action calls must come from the store's own origin", () => {
  const call = (h: Record<string, string>, method = "POST") => isForeignActionCall(method, new Headers(h));
  assert.equal(call({ "next-action": "x", origin: "https://shop.example", host: "shop.example" }), false);
  assert.equal(
    call({ "next-action": "x", origin: "https://shop.example", host: "10.0.0.5:3000", "x-forwarded-host": "shop.example" }),
    false,
    "behind a proxy",
  );
  assert.equal(
    call({ "next-action": "x", origin: "http://127.0.0.1:3000", host: "localhost:3000" }),
    true,
    "another name for the same machine is another origin",
  );
  assert.equal(call({ "next-action": "x", origin: "https://evil.example", host: "shop.example" }), true);
  assert.equal(call({ "next-action": "x", host: "shop.example" }), true, "no Origin: refused");
  assert.equal(call({ "next-action": "x", origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" }), false, "an instance reached directly");
  assert.equal(call({ origin: "https://evil.example" }), false, "not an action: Next and the route decide");
  assert.equal(call({ "next-action": "x", origin: "https://evil.example" }, "GET"), false);
});

test("server-action bodies React's decoder would choke on are recognised", async () => {
  const { malformedActionCall } = await import("../../lib/http/action-payload");
  const call = (body: BodyInit, type: string) =>
    malformedActionCall(
      new Request("http://shop.example/x", {
        method: "POST",
        headers: { "next-action": "a".repeat(42), ...(type ? { "content-type": type } : {}) },
        body,
      }),
    );
  const form = (root: string) => {
    const f = new FormData();
    f.set("0", root);
    f.set("1_orderId", "x");
    return f;
  };
  assert.equal(await call(form(`["$K1"]`), ""), null, "(FormData)");
  assert.equal(await call(form(`[{"error":null,"email":"$$x"},"$K1"]`), ""), null, "(state, FormData)");
  assert.equal(await call("[]", "text/plain;charset=UTF-8"), null, "()");
  assert.match((await call(`["$K1"]`, "text/plain"))!, /reference/);
  assert.match((await call(form(`["$Q5"]`), ""))!, /reference/);
  assert.match((await call(form(`{"a":1}`), ""))!, /not a list/);
  assert.match((await call("garbage", "text/plain"))!, /not JSON/);
  assert.match((await call("x", "application/octet-stream"))!, /content type/);
});

test("NUL characters never reach the database through an action", async () => {
  const { malformedActionCall } = await import("../../lib/http/action-payload");
  const call = (body: string) =>
    malformedActionCall(
      new Request("http://shop.example/x", {
        method: "POST",
        headers: { "next-action": "a".repeat(42), "content-type": "text/plain" },
        body,
      }),
    );
  assert.match((await call(JSON.stringify(["a\u0000b"])))!, /NUL/);
  assert.equal(await call(JSON.stringify(["a\\u0000b is text"])), null, "an escaped backslash is just text");
});
