// Next.js's data cache (what unstable_cache stores) kept in PostgreSQL instead of each server's
// memory and disk, so every web instance shares one cache: a tag revalidated on one instance
// (a pricing change, a catalogue sync) is expired for all of them at once.
// Plain JavaScript because Next.js loads it at run time (next.config.ts: cacheHandler).
// Without DATABASE_URL (e.g. `next build` in a Docker image) it caches nothing.
import pg from "pg";

const pool = process.env.DATABASE_URL ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4, idleTimeoutMillis: 30_000, allowExitOnIdle: true }) : null;
pool?.on("error", () => {}); // an idle client's error; the next query reports problems

// Buffers (page payloads) survive JSON as { __b64 }.
const encode = (value) => JSON.stringify(value, (_k, v) => (v && v.type === "Buffer" && Array.isArray(v.data) ? { __b64: Buffer.from(v.data).toString("base64") } : v));
const decode = (text) => JSON.parse(text, (_k, v) => (v && typeof v === "object" && typeof v.__b64 === "string" ? Buffer.from(v.__b64, "base64") : v));

// All instants come from PostgreSQL's clock, so instances with skewed clocks still agree.
const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

function tagsOf(ctx, value) {
  return [...new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(value?.tags ?? [])])];
}

export default class PostgresCacheHandler {
  async get(key, ctx) {
    if (!pool) return null;
    try {
      const { rows } = await pool.query(
        `SELECT e.value, e."lastModified",
                EXISTS (SELECT 1 FROM next_cache_tag t
                        WHERE t.tag = ANY(e.tags || $2::text[]) AND t."expiredAt" > e."lastModified" AND t."expiredAt" <= ${NOW_MS}) AS expired
         FROM next_cache_entry e WHERE e.key = $1`,
        [key, tagsOf(ctx)],
      );
      if (rows.length === 0 || rows[0].expired) return null;
      return { lastModified: Number(rows[0].lastModified), value: decode(rows[0].value) };
    } catch {
      return null; // the cache is an optimisation: on trouble, render from the source
    }
  }

  async set(key, data, ctx) {
    if (!pool) return;
    try {
      if (data === null) {
        await pool.query(`DELETE FROM next_cache_entry WHERE key = $1`, [key]);
        return;
      }
      // A value computed while one of its tags was being revalidated may hold the old data: written
      // within 5 s after the tag's expiry, it counts as older than the expiry (the next read
      // recomputes it once) instead of passing for fresh until its lifetime ends.
      await pool.query(
        `INSERT INTO next_cache_entry (key, value, tags, "lastModified", "updatedAt")
         SELECT $1, $2, $3, CASE WHEN max(t."expiredAt") > ${NOW_MS} - 5000 THEN max(t."expiredAt") - 1 ELSE ${NOW_MS} END, now()
         FROM (SELECT 1) one LEFT JOIN next_cache_tag t ON t.tag = ANY($3::text[])
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, tags = EXCLUDED.tags, "lastModified" = EXCLUDED."lastModified", "updatedAt" = now()`,
        [key, encode(data), tagsOf(ctx, data)],
      );
    } catch {
      // not cached this time
    }
  }

  // Every revalidation expires at once (also the stale-while-revalidate profiles): readers on any
  // instance never get the old data after a change.
  async revalidateTag(tags) {
    if (!pool) return;
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    await pool.query(
      `INSERT INTO next_cache_tag (tag, "expiredAt") SELECT unnest($1::text[]), ${NOW_MS}
       ON CONFLICT (tag) DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt"`,
      [list],
    );
  }

  resetRequestCache() {}
}
