// Hostile input, at volume: every route handler gets 1,000 malformed or hostile requests. None may
// answer 5xx, those that only serve their callers answer 4xx, and the database must not change.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { staffPage } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { barrage, EXPORT_FILTERS, generator, HOSTILE, PER_TARGET, tableCounts, type Body } from "./support/fuzz";

test.describe.configure({ mode: "serial", timeout: 600_000 });
test.beforeAll(({ request }) => waitForCatalogue(request));

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
