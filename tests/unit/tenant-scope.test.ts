// The data layer's tenant scoping, query by query: reads, writes and deletes are narrowed to the
// tenant (children through their parent) without losing the caller's own filters; creates carry
// the tenant and cannot name another; Auth.js's lookup by email becomes a lookup within the tenant.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scopeArgs } from "../../lib/tenancy/scoped-client";

test("reads, updates and deletes are narrowed to the tenant", () => {
  assert.deepEqual(scopeArgs("Order", "findMany", { where: { userId: "u1" } }, "t1"), { where: { userId: "u1", tenantId: "t1" } });
  assert.deepEqual(scopeArgs("Esim", "updateMany", { where: { id: "e1" }, data: { state: "x" } }, "t1"), {
    where: { id: "e1", tenantId: "t1" },
    data: { state: "x" },
  });
  assert.deepEqual(scopeArgs("Order", "count", {}, "t1"), { where: { tenantId: "t1" } });
});

test("a child is narrowed through its parent, keeping the caller's filter on the same parent", () => {
  assert.deepEqual(scopeArgs("OrderLine", "findMany", { where: { order: { userId: "u1" } } }, "t1"), {
    where: { order: { userId: "u1" }, AND: [{ order: { tenantId: "t1" } }] },
  });
  assert.deepEqual(scopeArgs("BundleAssignment", "findUnique", { where: { id: "a1" } }, "t1"), {
    where: { id: "a1", esim: { tenantId: "t1" } },
  });
  assert.deepEqual(scopeArgs("Order", "findFirst", { where: { tenantId: "t2", AND: { email: "x" } } }, "t1"), {
    where: { tenantId: "t2", AND: [{ email: "x" }, { tenantId: "t1" }] },
  });
});

test("creates carry the tenant and cannot name another; catalogue models are left alone", () => {
  assert.deepEqual(scopeArgs("Order", "create", { data: { email: "x" } }, "t1"), { data: { email: "x", tenantId: "t1" } });
  assert.deepEqual(scopeArgs("EmailOutbox", "createMany", { data: [{ to: "a" }, { to: "b" }] }, "t1"), {
    data: [
      { to: "a", tenantId: "t1" },
      { to: "b", tenantId: "t1" },
    ],
  });
  assert.throws(() => scopeArgs("Order", "create", { data: { tenantId: "t2" } }, "t1"), /cannot be written as t1/);
  const upsert = scopeArgs("Esim", "upsert", { where: { iccid: "1" }, create: { iccid: "1" }, update: {} }, "t1");
  assert.deepEqual(upsert, { where: { iccid: "1", tenantId: "t1" }, create: { iccid: "1", tenantId: "t1" }, update: {} });
  const bundles = { where: { active: true } };
  assert.equal(scopeArgs("Bundle", "findMany", bundles, "t1"), bundles);
});

test("Auth.js's lookup of a user by email is a lookup within the tenant", () => {
  assert.deepEqual(scopeArgs("User", "findUnique", { where: { email: "a@example.com" } }, "t1"), {
    where: { tenantId_email: { tenantId: "t1", email: "a@example.com" }, tenantId: "t1" },
  });
});
