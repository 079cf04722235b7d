// GET /api/ready – readiness for a load balancer: this instance can serve traffic (its database
// answers and a whole catalogue sync has finished, so no page is rendered, and cached, from a
// half-loaded catalogue). Cheap: no provider calls.
import { catalogueCheck, databaseCheck } from "@/lib/health/checks";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseCheck();
  const catalogue = database.status === "up" ? await catalogueCheck() : null;
  const ready = database.status === "up" && (catalogue?.bundles ?? 0) > 0 && Boolean(catalogue?.lastSyncAt);
  // Statuses only: error text could name the database host.
  return Response.json(
    { ready, database: database.status, catalogue: catalogue?.status ?? null },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
