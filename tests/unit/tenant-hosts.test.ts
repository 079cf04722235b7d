// Host → tenant: the operator on its own hosts, a reseller on its stored hosts with links on its
// first one (never the host a request named), nobody on any other host; lookups cached per host.
import assert from "node:assert/strict";
import { test } from "node:test";
import { hostResolver } from "../../lib/tenancy/hosts";

const NOMADIC = { id: "t_nomadic", slug: "nomadic", hosts: ["nomadic.localhost:3000", "www.nomadic.example"], defaultLocale: "de" };

function resolver() {
  const asked: string[] = [];
  let clock = 0;
  const resolve = hostResolver(
    ["127.0.0.1:3000", "localhost:3000"],
    "http://127.0.0.1:3000",
    async (host) => {
      asked.push(host);
      return NOMADIC.hosts.includes(host) ? NOMADIC : null;
    },
    () => clock,
  );
  return { resolve, asked, advance: (ms: number) => (clock += ms) };
}

test("the operator's hosts are the operator's, without a lookup", async () => {
  const { resolve, asked } = resolver();
  assert.deepEqual(await resolve("localhost:3000", "/en"), {
    id: "operator",
    slug: "operator",
    origin: "http://127.0.0.1:3000",
    defaultLocale: "en",
  });
  assert.deepEqual(asked, []);
});

test("a reseller's host is the reseller's, its links on its first host", async () => {
  const { resolve } = resolver();
  assert.deepEqual(await resolve("WWW.Nomadic.example", "/en"), {
    id: "t_nomadic",
    slug: "nomadic",
    origin: "http://nomadic.localhost:3000",
    defaultLocale: "de",
  });
});

test("any other host is nobody's (probes aside), and asking again within 30 s costs no query", async () => {
  const { resolve, asked, advance } = resolver();
  assert.equal(await resolve("evil.example", "/en"), null);
  assert.equal(await resolve("evil.example", "/en"), null);
  assert.equal(await resolve(null, "/en"), null);
  assert.deepEqual(asked, ["evil.example"]);
  advance(30_001);
  assert.equal(await resolve("evil.example", "/en"), null);
  assert.equal(asked.length, 2);
  assert.equal((await resolve("10.0.0.7:3000", "/api/health"))?.id, "operator");
});
