// GET /api/health – liveness plus the database's status, for load balancers and people.
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  let database: { status: "up" | "down"; latencyMs?: number; error?: string };
  let catalogue: { lastSyncAt: string | null; bundles: number } | null = null;
  try {
    await db.$queryRaw`SELECT 1`;
    database = { status: "up", latencyMs: Math.round(performance.now() - started) };
    const [last, bundles] = await Promise.all([
      db.catalogueSync.findFirst({ where: { status: "succeeded" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
      db.bundle.count({ where: { active: true } }),
    ]);
    catalogue = { lastSyncAt: last?.finishedAt?.toISOString() ?? null, bundles };
  } catch (error) {
    database = { status: "down", error: (error as Error).message.split("\n")[0].slice(0, 200) };
  }
  const healthy = database.status === "up";
  return Response.json({ status: healthy ? "ok" : "degraded", database, catalogue }, { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
