// Hostile input, at volume: every server action (found in the build's manifest) gets at least
// 1,000 malformed or hostile requests, as an anonymous caller and as staff. None may answer 5xx,
// and the database must not change. Inputs come from a seeded generator (support/fuzz.ts), so a
// failure names a reproducible case.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { staffPage } from "./support/auth";
import { waitForCatalogue } from "./support/catalogue";
import { barrage, PER_TARGET, serverActions, tableCounts } from "./support/fuzz";

test.describe.configure({ mode: "serial", timeout: 600_000 });
test.beforeAll(({ request }) => waitForCatalogue(request));

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
