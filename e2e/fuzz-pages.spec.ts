// Query strings no form sends: a name given twice, values of thousands of characters, numbers at
// the edges of what parsers accept. Every page answers them like ordinary input (the proxy keeps
// one bounded value per name); the slowest answer is printed, to watch, not to time.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { staffPage } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { generator, HOSTILE } from "./support/fuzz";

test.describe.configure({ mode: "serial", timeout: 600_000 });
test.beforeAll(({ request }) => waitForCatalogue(request));

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
