// The fuzz suites' shared parts: hostile values, a seeded generator of hostile bodies, the
// barrage that sends them, and the database's row counts to compare before and after.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { query } from "./db";

export const PER_TARGET = 1000;
export const EXPORT_FILTERS = ["status", "email", "iccid", "from", "to", "page"];
export const HOSTILE = [
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "NaN",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "' OR 1=1 --",
  `"; DROP TABLE "Order"; --`,
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "%00",
  "\u0000",
  "😀".repeat(40),
  "a".repeat(5000),
  `cs_test_${"x".repeat(300)}`,
  "9".repeat(32),
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "-0",
  "9".repeat(400),
  "javascript:alert(1)",
  "\r\nSet-Cookie: x=1",
  "é".repeat(300),
  "ZZ",
  "zz",
  "1.999",
  "-5.00",
  "100000",
  "cmwxxxxxxxxxxxxxxxxxxxxxxxx-",
  "not-an-email",
  "@",
  "a@",
  "LPA:1$x$y",
];
const FIELDS = [
  "orderId",
  "email",
  "bundle",
  "quantity",
  "amount",
  "reason",
  "entryId",
  "iccid",
  "sessionId",
  "lineId",
  "ruleId",
  "bundleId",
  "iso",
  "enabled",
  "featured",
  "scope",
  "match",
  "markupPct",
  "minMargin",
  "charmEnding",
  "active",
  "note",
  "method",
  "requestId",
  "decision",
  "usageId",
  "assignmentId",
  "useCredit",
  "next",
  "targetIccid",
  "$ACTION_ID_x",
  "1_$ACTION_REF_1",
  "0",
];

// Mulberry32: small, seeded, good enough to spread inputs.
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const value = (depth = 0): unknown => {
    const r = next();
    if (r < 0.5 || depth > 2) return pick(HOSTILE);
    if (r < 0.65) return Math.floor(next() * 2 ** 40) * (next() < 0.5 ? -1 : 1);
    if (r < 0.75) return null;
    if (r < 0.87) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(FIELDS), value(depth + 1)]));
  };
  return { next, pick, value };
}

export type Body = { contentType?: string; data?: string | Buffer; multipart?: Record<string, string> };

export function hostileBody(g: ReturnType<typeof generator>, i: number): Body {
  switch (i % 4) {
    case 0:
      return {
        multipart: Object.fromEntries(
          Array.from({ length: 1 + Math.floor(g.next() * 6) }, () => [g.pick(FIELDS), String(g.pick(HOSTILE))]),
        ),
      };
    case 1:
      return {
        contentType: "text/plain;charset=UTF-8",
        data: JSON.stringify(Array.from({ length: Math.floor(g.next() * 4) }, () => g.value())),
      };
    case 2:
      return {
        contentType: g.pick(["text/plain", "application/json", "multipart/form-data; boundary=x", "application/octet-stream"]),
        data: Buffer.from(Array.from({ length: Math.floor(g.next() * 300) }, () => Math.floor(g.next() * 256))),
      };
    default:
      return {
        contentType: "application/x-www-form-urlencoded",
        data: new URLSearchParams(
          Array.from({ length: 1 + Math.floor(g.next() * 5) }, () => [g.pick(FIELDS), String(g.pick(HOSTILE))]),
        ).toString(),
      };
  }
}

// Every server action in the build, posted to a page that registers it.
export function serverActions() {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")).node as Record<
    string,
    { workers: Record<string, unknown>; exportedName: string; filename: string }
  >;
  return Object.entries(manifest).map(([id, a]) => {
    const page = Object.keys(a.workers)[0];
    const route =
      page
        .replace(/^app/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\/page$/, "")
        .replace(/\[[^\]]+\]/g, "x1") || "/";
    return { id, name: `${a.filename} ${a.exportedName}`, route };
  });
}

// Row counts of every table that holds the store's data. Left out: operational records that reading
// a staff page writes (the eSIM Go call log and the shared rate-limit window, e.g. when an action's
// response renders the reconciliation page) and the data cache.
export async function tableCounts(): Promise<Record<string, number>> {
  const tables = await query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ` +
      `AND table_name NOT LIKE 'next_cache_%' AND table_name NOT IN ('ProviderCall', 'RateLimitHit') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables)
    counts[table_name] = Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`))[0].n);
  return counts;
}

export async function barrage(
  client: APIRequestContext,
  count: number,
  seed: number,
  send: (body: Body, g: ReturnType<typeof generator>) => Promise<number>,
) {
  const g = generator(seed);
  const bodies = Array.from({ length: count }, (_, i) => hostileBody(g, i));
  const statuses: number[] = [];
  const errors = new Map<number, string>();
  // A connection the server cuts counts as a failure too (status 0, with the client's error).
  for (let i = 0; i < bodies.length; i += 16) {
    statuses.push(
      ...(await Promise.all(
        bodies.slice(i, i + 16).map((b, j) => send(b, g).catch((e: Error) => (errors.set(i + j, e.message.split("\n")[0]), 0))),
      )),
    );
  }
  const serverErrors = statuses.map((s, i) => ({ s, i })).filter(({ s }) => s >= 500 || s === 0);
  return {
    statuses,
    serverErrors: serverErrors.map(
      ({ s, i }) => `#${i} (seed ${seed}) → ${s}${errors.has(i) ? ` (${errors.get(i)})` : ""}: ${JSON.stringify(bodies[i]).slice(0, 200)}`,
    ),
  };
}
