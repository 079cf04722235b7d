// What /api/health and /api/ready report. Each check is bounded in time and never throws.
import { db } from "@/lib/db";
import { esimgo } from "@/lib/esimgo";
import { errorText } from "@/lib/log/logger";

export type Check = { status: "up" | "down" | "degraded"; latencyMs?: number; detail?: string };

async function timed(work: () => Promise<string | undefined>, timeoutMs: number): Promise<Check> {
  const started = performance.now();
  try {
    const detail = await Promise.race([
      work(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started), ...(detail ? { detail } : {}) };
  } catch (error) {
    return { status: "down", latencyMs: Math.round(performance.now() - started), detail: errorText(error).split("\n")[0].slice(0, 200) };
  }
}

export const databaseCheck = () => timed(async () => (await db.$queryRaw`SELECT 1`, undefined), 3000);

// The queue is healthy when jobs due more than two minutes ago are not piling up (a worker runs).
export async function queueCheck(): Promise<Check> {
  const check = await timed(async () => {
    const [row] = await db.$queryRaw<Array<{ overdue: bigint; active: bigint }>>`
      SELECT count(*) FILTER (WHERE state = 'created' AND start_after < now() - interval '2 minutes') AS overdue,
             count(*) FILTER (WHERE state = 'active') AS active
      FROM pgboss.job`;
    return `${row.overdue} overdue, ${row.active} running`;
  }, 3000);
  return check.status === "up" && !check.detail?.startsWith("0 overdue") ? { ...check, status: "degraded" } : check;
}

// eSIM Go answers are cached briefly so load-balancer probes never use the provider's rate limit.
let lastEsimGo: { at: number; check: Check } | null = null;
export async function esimgoCheck(): Promise<Check> {
  if (lastEsimGo && Date.now() - lastEsimGo.at < 30_000) return lastEsimGo.check;
  const check = await timed(async () => {
    const org = await esimgo().organisation();
    return `balance ${org.balance} ${org.currency ?? ""}`.trim();
  }, 5000);
  lastEsimGo = { at: Date.now(), check };
  return check;
}

export async function catalogueCheck(): Promise<Check & { lastSyncAt: string | null; bundles: number }> {
  try {
    const [last, bundles] = await Promise.all([
      db.catalogueSync.findFirst({ where: { status: "succeeded" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
      db.bundle.count({ where: { active: true } }),
    ]);
    const ageHours = last?.finishedAt ? (Date.now() - last.finishedAt.getTime()) / 3_600_000 : Infinity;
    return { status: bundles > 0 && ageHours < 48 ? "up" : "degraded", lastSyncAt: last?.finishedAt?.toISOString() ?? null, bundles };
  } catch (error) {
    return { status: "down", detail: errorText(error).slice(0, 200), lastSyncAt: null, bundles: 0 };
  }
}
