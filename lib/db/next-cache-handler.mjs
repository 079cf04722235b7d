// Next.js's data cache (what unstable_cache stores) shared by every web instance through
// PostgreSQL, so a tag revalidated on one instance (a pricing change, a catalogue sync) expires the
// entry on all of them. Each instance also keeps entries in memory and re-reads the small tag table
// at most once a second: a hit costs no database trip, and another instance's revalidation is seen
// within a second (this instance's own at once).
// Plain JavaScript because Next.js loads it at run time (next.config.ts: cacheHandler).
// Without DATABASE_URL (e.g. `next build` in a Docker image) it only caches in memory.
// Entries belong to one build (keys start with its BUILD_ID): a cached page names that build's
// script files, so a new deployment must not serve the previous one's pages. Other builds' entries
// are cleared after a day (during a rolling deployment both builds serve for a while).
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const pool = process.env.DATABASE_URL
  ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4, idleTimeoutMillis: 30_000, allowExitOnIdle: true })
  : null;
pool?.on("error", () => {}); // an idle client's error; the next query reports problems

function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}
const BUILD = buildId();
const own = (key) => `${BUILD}:${key}`;
pool
  ?.query(`DELETE FROM next_cache_entry WHERE key NOT LIKE $1 AND "updatedAt" < now() - interval '1 day'`, [`${BUILD}:%`])
  .catch(() => {});

// A page is stored with its lifetime (cacheControl): an instance that did not render it would
// otherwise give it Next.js's default of one second and serve it stale, rendering it again on
// every visit. (Entries written before this have no wrapper.)
const unwrap = (stored) =>
  stored && "__entry" in stored ? { value: stored.__entry, cacheControl: stored.cacheControl } : { value: stored };

// All instants come from PostgreSQL's clock, so instances with skewed clocks still agree.
const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
const TAGS_FRESH_MS = 1000;
const MAX_ENTRIES = 2000;

const memory = new Map(); // key → { lastModified, value, tags, cacheControl }
let tagExpiry = new Map(); // tag → expiredAt (ms)
let tagsReadAt = 0;
let tagsReading = null;

// Buffers (page payloads) survive JSON as { __b64 }, Maps (a page's per-segment prefetch data) as
// { __map: entries }; without the second, another instance read a page's segments as a plain
// object ("segmentData.get is not a function" on every prefetch it served).
const encode = (value) =>
  JSON.stringify(value, (_k, v) => {
    if (v instanceof Map) return { __map: [...v.entries()] };
    return v && v.type === "Buffer" && Array.isArray(v.data) ? { __b64: Buffer.from(v.data).toString("base64") } : v;
  });
const decode = (text) =>
  JSON.parse(text, (_k, v) => {
    if (!v || typeof v !== "object") return v;
    if (typeof v.__b64 === "string") return Buffer.from(v.__b64, "base64");
    return Array.isArray(v.__map) ? new Map(v.__map) : v;
  });

// A data entry carries its tags; a cached page names the tags of the data it was rendered from
// in its x-next-cache-tags header (so a catalogue change expires the pages that showed it).
function tagsOf(ctx, value) {
  const pageTags = value?.headers?.["x-next-cache-tags"]?.split(",") ?? [];
  return [...new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(value?.tags ?? []), ...pageTags])];
}

async function expiries() {
  if (!pool || Date.now() - tagsReadAt < TAGS_FRESH_MS) return tagExpiry;
  tagsReading ??= pool
    .query(`SELECT tag, "expiredAt" FROM next_cache_tag`)
    .then(({ rows }) => {
      tagExpiry = new Map(rows.map((r) => [r.tag, Number(r.expiredAt)]));
      tagsReadAt = Date.now();
    })
    .finally(() => (tagsReading = null));
  await tagsReading;
  return tagExpiry;
}

const isExpired = (tags, lastModified, expiry) => tags.some((t) => (expiry.get(t) ?? 0) > lastModified);

function remember(key, entry) {
  memory.delete(key);
  memory.set(key, entry);
  if (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value);
}

export default class PostgresCacheHandler {
  async get(bare, ctx) {
    const key = own(bare);
    try {
      const expiry = await expiries();
      let entry = memory.get(key);
      if (!entry && pool) {
        const { rows } = await pool.query(`SELECT value, tags, "lastModified" FROM next_cache_entry WHERE key = $1`, [key]);
        if (rows.length) entry = { ...unwrap(decode(rows[0].value)), tags: rows[0].tags, lastModified: Number(rows[0].lastModified) };
      }
      if (!entry) return null;
      if (isExpired([...entry.tags, ...tagsOf(ctx)], entry.lastModified, expiry)) {
        memory.delete(key);
        return null;
      }
      remember(key, entry);
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch {
      return null; // the cache is an optimisation: on trouble, render from the source
    }
  }

  async set(bare, data, ctx) {
    const key = own(bare);
    try {
      if (data === null) {
        memory.delete(key);
        await pool?.query(`DELETE FROM next_cache_entry WHERE key = $1`, [key]);
        return;
      }
      const tags = tagsOf(ctx, data);
      const cacheControl = ctx?.cacheControl;
      if (!pool) return remember(key, { value: data, tags, cacheControl, lastModified: Date.now() });
      // A value computed while one of its tags was being revalidated may hold the old data: written
      // within 5 s after the tag's expiry, it counts as older than the expiry (the next read
      // recomputes it once) instead of passing for fresh until its lifetime ends.
      const { rows } = await pool.query(
        `INSERT INTO next_cache_entry (key, value, tags, "lastModified", "updatedAt")
         SELECT $1, $2, $3, CASE WHEN max(t."expiredAt") > ${NOW_MS} - 5000 THEN max(t."expiredAt") - 1 ELSE ${NOW_MS} END, now()
         FROM (SELECT 1) one LEFT JOIN next_cache_tag t ON t.tag = ANY($3::text[])
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, tags = EXCLUDED.tags,
           "lastModified" = EXCLUDED."lastModified", "updatedAt" = now()
         RETURNING "lastModified"`,
        [key, encode({ __entry: data, cacheControl }), tags],
      );
      remember(key, { value: data, tags, cacheControl, lastModified: Number(rows[0].lastModified) });
    } catch {
      // not cached this time
    }
  }

  // Every revalidation expires at once (also the stale-while-revalidate profiles): readers never
  // get the old data after a change.
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    if (!pool) {
      for (const tag of list) tagExpiry.set(tag, Date.now());
      return;
    }
    const { rows } = await pool.query(
      `INSERT INTO next_cache_tag (tag, "expiredAt") SELECT unnest($1::text[]), ${NOW_MS}
       ON CONFLICT (tag) DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt" RETURNING tag, "expiredAt"`,
      [list],
    );
    for (const r of rows) tagExpiry.set(r.tag, Number(r.expiredAt));
  }

  resetRequestCache() {}
}
