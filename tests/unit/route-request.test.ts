// Where the proxy sends a request: pages with a language, staff pages, APIs and files as they
// are; a path without a language to the visitor's language, falling back to the storefront's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { routeRequest } from "../../lib/i18n/route-request";

const facts = (pathname: string, more: { cookie?: string; acceptLanguage?: string } = {}) => ({
  pathname,
  cookie: (name: string) => (name === "NEXT_LOCALE" ? more.cookie : undefined),
  acceptLanguage: more.acceptLanguage ?? null,
  defaultLocale: "de" as const,
});

test("pages with a language, staff pages, APIs and files pass", () => {
  for (const path of ["/en/destinations/jp", "/ja", "/admin/orders", "/api/health", "/r/ABC123", "/robots.txt", "/sitemap.xml"])
    assert.deepEqual(routeRequest(facts(path)), { kind: "pass" }, path);
});

test("a path without a language goes to the visitor's, else the storefront's default", () => {
  assert.deepEqual(routeRequest(facts("/destinations/jp", { acceptLanguage: "fr-FR,fr;q=0.9" })), {
    kind: "redirect",
    path: "/fr/destinations/jp",
  });
  assert.deepEqual(routeRequest(facts("/")), { kind: "redirect", path: "/de" });
  // Another storefront's segment typed into the address is only a path without a language.
  assert.deepEqual(routeRequest(facts("/nomadic/en")), { kind: "redirect", path: "/de/nomadic/en" });
});
