// GET /api/health – the store's health for people and monitors: database, job queue, eSIM Go and
// the last catalogue sync. 503 only when the database is down (nothing works without it);
// anything else degraded is reported with 200 and "status": "degraded".
import { catalogueCheck, databaseCheck, esimgoCheck, queueCheck } from "@/lib/health/checks";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseCheck();
  const [queue, esimgo, catalogue] = database.status === "up" ? await Promise.all([queueCheck(), esimgoCheck(), catalogueCheck()]) : [null, await esimgoCheck(), null];
  const parts = [database, queue, esimgo, catalogue].filter((c) => c !== null);
  const status = database.status !== "up" ? "down" : parts.every((c) => c.status === "up") ? "ok" : "degraded";
  return Response.json({ status, database, queue, esimgo, catalogue }, { status: database.status === "up" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
