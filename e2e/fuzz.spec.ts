// Hostile input, at volume: every server action (found in the build's manifest) and every route
// handler gets at least 1,000 malformed or hostile requests, as an anonymous caller and as staff.
// None may answer 5xx, and the database must not change. Inputs come from a seeded generator, so
// a failure names a reproducible case.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { staffPage } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { query } from "./support/db";

test.describe.configure({ mode: "serial", timeout: 600_000 });
test.beforeAll(({ request }) => waitForCatalogue(request));

const PER_TARGET = 1000;
const EXPORT_FILTERS = ["status", "email", "iccid", "from", "to", "page"];
const HOSTILE = [
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
function generator(seed: number) {
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

type Body = { contentType?: string; data?: string | Buffer; multipart?: Record<string, string> };

function hostileBody(g: ReturnType<typeof generator>, i: number): Body {
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
function serverActions() {
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
async function tableCounts(): Promise<Record<string, number>> {
  const tables = await query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ` +
      `AND table_name NOT LIKE 'next_cache_%' AND table_name NOT IN ('ProviderCall', 'RateLimitHit') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables)
    counts[table_name] = Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`))[0].n);
  return counts;
}

async function barrage(
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

test("every server action answers hostile input without a 5xx or a database change", async ({ baseURL, browser }) => {
  const staff = await staffPage(browser);
  const before = await tableCounts();
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(20);
  const failures: string[] = [];
  for (const [n, action] of actions.entries()) {
    // Actions without input (sign out, start a sync, apply the backfill) do their job for whoever
    // may call them whatever the body says: as staff they would act (and sign the fuzzer out), so
    // they get the whole barrage as an anonymous caller.
    const inputless = /SERVER_ACTION_0|startSyncAction|applyBackfillAction/.test(action.name);
    // Staff calls render whole staff pages in their answers (slow), so most of the barrage is anonymous.
    const callers = inputless
      ? ([["anonymous", anonymous, PER_TARGET]] as const)
      : ([
          ["anonymous", anonymous, PER_TARGET - 100],
          ["staff", staff.request, 100],
        ] as const);
    for (const [who, client, count] of callers) {
      const { statuses, serverErrors } = await barrage(client, count, 1000 + n * 2 + (who === "staff" ? 1 : 0), (body) =>
        client
          .post(`${baseURL}${action.route}`, {
            headers: {
              "Next-Action": action.id,
              Origin: baseURL!,
              Accept: "text/x-component",
              ...(body.contentType ? { "Content-Type": body.contentType } : {}),
            },
            ...(body.multipart ? { multipart: body.multipart } : { data: body.data }),
            maxRedirects: 0,
          })
          .then((r) => r.status()),
      );
      expect(statuses.length).toBe(count);
      failures.push(...serverErrors.slice(0, 3).map((e) => `${action.name} as ${who}: ${e}`));
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
  expect(await tableCounts()).toEqual(before);
});

test("every route handler answers hostile input with 4xx (or its normal answer), never 5xx, and changes nothing", async ({
  baseURL,
  browser,
}) => {
  const staff = await staffPage(browser);
  const before = await tableCounts();
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const g = generator(7);
  const hostilePath = () => encodeURIComponent(String(g.pick(HOSTILE))).slice(0, 300) || "x";
  const routes: Array<{ name: string; who: APIRequestContext; send: (body: Body) => Promise<number>; expect4xx: boolean }> = [
    {
      name: "POST /api/stripe/webhook",
      who: anonymous,
      expect4xx: true,
      send: (b) =>
        anonymous
          .post("/api/stripe/webhook", {
            headers: { "Stripe-Signature": `t=1,v1=${hostilePath()}`, ...(b.contentType ? { "Content-Type": b.contentType } : {}) },
            ...(b.multipart ? { multipart: b.multipart } : { data: b.data }),
          })
          .then((r) => r.status()),
    },
    {
      name: "POST /api/esimgo/callback",
      who: anonymous,
      expect4xx: true,
      send: (b) =>
        anonymous
          .post("/api/esimgo/callback", {
            headers: { "X-Signature-SHA256": hostilePath(), ...(b.contentType ? { "Content-Type": b.contentType } : {}) },
            ...(b.multipart ? { multipart: b.multipart } : { data: b.data }),
          })
          .then((r) => r.status()),
    },
    {
      name: "POST /api/internal/revalidate",
      who: anonymous,
      expect4xx: true,
      send: (b) =>
        anonymous
          .post("/api/internal/revalidate", { headers: { Authorization: `Bearer ${hostilePath()}` }, data: b.data ?? "" })
          .then((r) => r.status()),
    },
    {
      name: "GET /admin/orders/export (anonymous)",
      who: anonymous,
      expect4xx: true,
      send: () =>
        anonymous.get(`/admin/orders/export?status=${hostilePath()}&email=${hostilePath()}&from=${hostilePath()}`).then((r) => r.status()),
    },
    {
      name: "GET /admin/orders/export (staff)",
      who: staff.request,
      expect4xx: false,
      send: () =>
        staff.request
          .get(`/admin/orders/export?${EXPORT_FILTERS.map((name) => `${name}=${hostilePath()}`).join("&")}`)
          .then((r) => r.status()),
    },
    {
      name: "GET /api/account/checkout-profile",
      who: anonymous,
      expect4xx: false,
      send: () => anonymous.get(`/api/account/checkout-profile?${hostilePath()}=${hostilePath()}`).then((r) => r.status()),
    },
    {
      name: "GET /api/health",
      who: anonymous,
      expect4xx: false,
      send: () => anonymous.get(`/api/health?${hostilePath()}`).then((r) => r.status()),
    },
    {
      name: "GET /api/ready",
      who: anonymous,
      expect4xx: false,
      send: () => anonymous.get(`/api/ready?${hostilePath()}`).then((r) => r.status()),
    },
    {
      name: "GET /api/preferences",
      who: anonymous,
      expect4xx: false, // always a redirect back into the store
      send: () =>
        anonymous
          .get(`/api/preferences?locale=${hostilePath()}&currency=${hostilePath()}`, {
            headers: { Referer: String(g.pick(HOSTILE)).replace(/[^\x20-\x7e]/g, "") },
            maxRedirects: 0,
          })
          .then((r) => r.status()),
    },
    {
      name: "GET /api/search-index/[locale]",
      who: anonymous,
      expect4xx: true,
      send: () => anonymous.get(`/api/search-index/${hostilePath()}`).then((r) => r.status()),
    },
    {
      name: "GET /r/[code]",
      who: anonymous,
      expect4xx: false, // always a redirect into the shop
      send: () => anonymous.get(`/r/${hostilePath()}`, { maxRedirects: 0 }).then((r) => r.status()),
    },
    {
      name: "GET /api/orders/[id]/receipt",
      who: anonymous,
      expect4xx: true,
      send: () =>
        anonymous.get(`/api/orders/${hostilePath()}/receipt?token=${hostilePath()}&locale=${hostilePath()}`).then((r) => r.status()),
    },
    {
      name: "GET /flags/[file]",
      who: anonymous,
      expect4xx: true,
      send: () => anonymous.get(`/flags/${hostilePath()}`).then((r) => r.status()),
    },
    {
      name: "GET /api/auth/callback/email",
      who: anonymous,
      expect4xx: false,
      send: () =>
        anonymous
          .get(`/api/auth/callback/email?token=${hostilePath()}&email=${hostilePath()}`, { maxRedirects: 0 })
          .then((r) => r.status()),
    },
    // Sign-in links go out only through the rate-limited sign-in form, never Auth.js's own endpoint.
    {
      name: "POST /api/auth/signin/email",
      who: anonymous,
      expect4xx: true,
      send: () =>
        anonymous
          .post("/api/auth/signin/email", { form: { email: String(g.pick(HOSTILE)), csrfToken: hostilePath() }, maxRedirects: 0 })
          .then((r) => r.status()),
    },
  ];
  const failures: string[] = [];
  for (const [n, route] of routes.entries()) {
    const { statuses, serverErrors } = await barrage(route.who, PER_TARGET, 5000 + n, (body) => route.send(body));
    failures.push(...serverErrors.slice(0, 3).map((e) => `${route.name}: ${e}`));
    if (route.expect4xx) {
      const not4xx = statuses.filter((s) => s < 400 || s >= 500);
      if (not4xx.length) failures.push(`${route.name}: ${not4xx.length} answers were not 4xx (${[...new Set(not4xx)].join(", ")})`);
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
  expect(await tableCounts()).toEqual(before);
});

// Query strings no form sends: a name given twice, values of thousands of characters, numbers at
// the edges of what parsers accept. Every page answers them like ordinary input (the proxy keeps
// one bounded value per name); the slowest answer is printed, to watch, not to time.
const QUERY_NAMES = [
  "q",
  "page",
  "status",
  "email",
  "iccid",
  "from",
  "to",
  "token",
  "next",
  "country",
  "edit",
  "preview",
  "refund",
  "quantity",
  "error",
  "result",
  "cancelled",
  "session_id",
  "scope",
  "match",
  "markupPct",
];
const EDGE_VALUES = [
  "1e309",
  "-0",
  "9007199254740993",
  "-9007199254740993",
  "NaN",
  "Infinity",
  "0x10",
  "1e-7",
  "-1",
  "00000000000000000001",
  "1".repeat(400),
  "a".repeat(6000),
  "japan".repeat(1200),
  "%",
  "%E0%A4%A",
  "\u202e",
  "[]",
  "{}",
];
const PAGES = [
  "/",
  "/search",
  "/destinations/JP",
  "/destinations/JP/plans",
  "/plans/esim_1GB_7D_JP_V2",
  "/devices",
  "/guides/iphone",
  "/ja/destinations/jp",
  "/de/plans/esim_1GB_7D_JP_V2",
  "/fr/regions/europe",
  "/order/cnotanorder",
  "/signin",
  "/signin/check-email",
  "/dev/mailbox",
  "/account",
  "/account/esims/8944000000000000001/top-up",
  "/admin",
  "/admin/orders",
  "/admin/customers",
  "/admin/logs",
  "/admin/events",
  "/admin/pricing",
  "/admin/credits",
  "/admin/catalogue",
  "/admin/catalogue/destinations",
  "/admin/moderation",
];
const PER_PAGE = 30;

function hostileQuery(g: ReturnType<typeof generator>): string {
  const parts: string[] = [];
  for (let i = 0, n = 1 + Math.floor(g.next() * 5); i < n; i++) {
    const name = g.pick(QUERY_NAMES);
    const value = g.next() < 0.7 ? g.pick(EDGE_VALUES) : String(g.pick(HOSTILE));
    const encoded = /^%/.test(value) ? value : encodeURIComponent(value);
    parts.push(`${name}=${encoded}`);
    if (g.next() < 0.5) parts.push(`${name}=${encodeURIComponent(g.pick(EDGE_VALUES))}`); // the same name again
  }
  return parts.join("&");
}

test("every page answers repeated, very long and numeric-edge query parameters without a 5xx", async ({ baseURL, browser }) => {
  const staff = await staffPage(browser);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const g = generator(9001);
  const failures: string[] = [];
  let slowest = { ms: 0, url: "" };
  for (const page of PAGES) {
    for (const [who, client] of [
      ["anonymous", anonymous],
      ["staff", staff.request],
    ] as const) {
      for (let i = 0; i < PER_PAGE / 2; i++) {
        const url = `${page}?${hostileQuery(g)}`;
        const started = performance.now();
        const status = await client.get(url).then(
          (r) => r.status(),
          () => 0,
        );
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, url: `${who} ${url.slice(0, 160)}` };
        if (status >= 500 || status === 0) failures.push(`${who} GET ${url.slice(0, 200)} → ${status}`);
      }
    }
  }
  console.log(`[fuzz] ${PAGES.length * PER_PAGE} hostile page requests; slowest ${slowest.ms.toFixed(0)} ms: ${slowest.url}`);
  expect(failures.slice(0, 10), failures.join("\n")).toEqual([]);
});
