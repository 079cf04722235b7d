// GET /api/ready – readiness for a load balancer: this instance can serve traffic (its database
// answers and the catalogue is loaded). Cheap: no provider calls.
import { catalogueCheck, databaseCheck } from "@/lib/health/checks";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseCheck();
  const catalogue = database.status === "up" ? await catalogueCheck() : null;
  const ready = database.status === "up" && (catalogue?.bundles ?? 0) > 0;
  return Response.json({ ready, database, catalogue }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
