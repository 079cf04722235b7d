// The PostgreSQL data cache shared by web instances: what one instance stores another reads; a tag
// revalidated on one expires the entry at once there and within a second on the others; a value
// computed during a revalidation does not pass for fresh. (Two imports of the module = two
// instances, each with its own memory.)
import assert from "node:assert/strict";
import { after, test } from "node:test";
import pg from "pg";
import { createTestDatabase } from "../helpers/database";

const database = await createTestDatabase();
// @ts-expect-error plain JavaScript module (loaded by Next.js at run time)
const { default: HandlerA } = await import("../../lib/db/next-cache-handler.mjs?instance=a");
// @ts-expect-error as above
const { default: HandlerB } = await import("../../lib/db/next-cache-handler.mjs?instance=b");
const instanceA = new HandlerA({});
const instanceB = new HandlerB({});

async function within(ms: number, check: () => Promise<boolean>) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
after(() => database.drop());

const value = (body: string) => ({
  kind: "FETCH",
  data: { headers: {}, body, status: 200, url: "" },
  revalidate: 300,
  tags: ["catalogue"],
});
const ctx = { kind: "FETCH", tags: ["catalogue"], softTags: [] };

test("an entry stored by one instance is read by another, with its Buffers, Maps and lifetime intact", async () => {
  const segments = new Map([
    ["/_tree", Buffer.from("tree")],
    ["/en/page", Buffer.from("segment ✓")],
  ]);
  const lifetime = { revalidate: false, expire: 31536000 };
  await instanceA.set(
    "k1",
    { ...value("prices v1"), extra: Buffer.from("binary ✓"), segmentData: segments },
    { ...ctx, cacheControl: lifetime },
  );
  const read = await instanceB.get("k1", ctx);
  // Without it the other instance would take the page for stale after a second.
  assert.deepEqual(read.cacheControl, lifetime);
  assert.equal(read.value.data.body, "prices v1");
  assert.ok(Buffer.isBuffer(read.value.extra));
  assert.equal(read.value.extra.toString(), "binary ✓");
  assert.ok(read.value.segmentData instanceof Map);
  assert.equal(read.value.segmentData.get("/en/page").toString(), "segment ✓");
});

test("revalidating a tag on one instance expires the entry everywhere; a later write is fresh again", async () => {
  await instanceA.set("k2", value("old prices"), ctx);
  await new Promise((r) => setTimeout(r, 5)); // the expiry must be later than the write
  assert.notEqual(await instanceA.get("k2", ctx), null);
  await instanceB.revalidateTag("catalogue");
  assert.equal(await instanceB.get("k2", ctx), null, "at once on the instance that revalidated");
  assert.ok(await within(1500, async () => (await instanceA.get("k2", ctx)) === null), "within a second on the other");
  assert.equal(await instanceA.get("k1", { ...ctx, tags: [] }), null, "the entry's own tags count even when the reader names none");
});

test("a value written just after a revalidation (maybe computed from old data) is recomputed once", async () => {
  await instanceA.revalidateTag("catalogue");
  await instanceB.set("k3", value("computed during the change"), ctx);
  assert.ok(await within(1500, async () => (await instanceB.get("k3", ctx)) === null), "treated as older than the change");
  // Long after the change, a write is fresh.
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`UPDATE next_cache_tag SET "expiredAt" = "expiredAt" - 60000`);
  await admin.end();
  await instanceB.set("k3", value("new prices"), ctx);
  assert.equal((await instanceA.get("k3", ctx)).value.data.body, "new prices");
});

test("a cached page expires with the data it was rendered from (the tags its header names)", async () => {
  const page = {
    kind: "APP_PAGE",
    html: "<p>Portugal 3 GB</p>",
    status: 404,
    headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/en/USD/plans/esim_3GB_30D_PT_V2,catalogue" },
  };
  const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false };
  await instanceA.set("page", page, pageCtx);
  await new Promise((r) => setTimeout(r, 5));
  assert.equal((await instanceB.get("page", pageCtx)).value.status, 404);
  await instanceA.revalidateTag("catalogue");
  assert.equal(await instanceA.get("page", pageCtx), null, "the bundle was enabled again: the 404 goes");
});
