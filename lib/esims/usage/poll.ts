// The safety net for lost callbacks: now and then, refresh bundles that have not been heard of for
// a while, within the shared rate limit and far from "frequent polling" (eSIM Go's terms).
import { refreshLiveUsage } from "@/lib/esims/live-usage";
import { db } from "@/lib/db";

const STALE_AFTER_MS = 6 * 3600_000;

export async function pollStaleUsage(limit = 30): Promise<number> {
  const stale = await db.esim.findMany({
    where: {
      state: "active",
      assignments: {
        some: {
          state: { in: ["active", "queued", "processing"] },
          OR: [{ usageUpdatedAt: null }, { usageUpdatedAt: { lt: new Date(Date.now() - STALE_AFTER_MS) } }],
        },
      },
      OR: [{ liveCheckedAt: null }, { liveCheckedAt: { lt: new Date(Date.now() - STALE_AFTER_MS) } }],
    },
    select: { id: true, iccid: true, liveCheckedAt: true },
    orderBy: { liveCheckedAt: { sort: "asc", nulls: "first" } },
    take: limit,
  });
  for (const esim of stale) await refreshLiveUsage(esim, 15_000);
  return stale.length;
}
