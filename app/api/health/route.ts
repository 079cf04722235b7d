// GET /api/health – the store's health for people and monitors: database, job queue, eSIM Go and
// the last catalogue sync. 503 only when the database is down (nothing works without it);
// anything else degraded is reported with 200 and "status": "degraded". The public answer is the
// status alone; the details (balance, backlog, error text) are for staff or the health token.
import { catalogueCheck, databaseCheck, esimgoCheck, queueCheck } from "@/lib/health/checks";
import { mayReadHealthDetails } from "@/lib/health/access";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const database = await databaseCheck();
  const [queue, esimgo, catalogue] =
    database.status === "up" ? await Promise.all([queueCheck(), esimgoCheck(), catalogueCheck()]) : [null, await esimgoCheck(), null];
  const parts = [database, queue, esimgo, catalogue].filter((c) => c !== null);
  const status = database.status !== "up" ? "down" : parts.every((c) => c.status === "up") ? "ok" : "degraded";
  const body = (await mayReadHealthDetails(request)) ? { status, database, queue, esimgo, catalogue } : { status };
  return Response.json(body, { status: database.status === "up" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
