// Live usage and install status from eSIM Go, at most one refresh per eSIM per minute across all server instances (a
// conditional update decides who calls). When eSIM Go does not answer, pages show the last stored
// figures and say so.
import { db } from "@/lib/db";
import { esimgo } from "@/lib/esimgo";
import { getOwnedEsim, isBundleState } from "./owned-esims";
import { applyDetail } from "./install-status";
import { sendNotifications, usageThresholds, type Notification } from "./usage/notifications";
import { errorText, logger } from "@/lib/log/logger";

const WINDOW_MS = 60_000;

export type LiveResult = { source: "live" | "recent" | "stored"; checkedAt: Date | null; note?: string };

// windowMs: staff asking explicitly may refresh more often than customer page views.
export async function refreshLiveUsage(
  esim: { id: string; iccid: string; liveCheckedAt: Date | null },
  timeoutMs = 4000,
  windowMs = WINDOW_MS,
): Promise<LiveResult> {
  const { count } = await db.esim.updateMany({
    where: { id: esim.id, OR: [{ liveCheckedAt: null }, { liveCheckedAt: { lt: new Date(Date.now() - windowMs) } }] },
    data: { liveCheckedAt: new Date() },
  });
  if (count === 0) return { source: "recent", checkedAt: esim.liveCheckedAt };
  try {
    const client = esimgo();
    const [live, detail] = await Promise.race([
      Promise.all([client.esimBundles(esim.iccid, { includeUsed: true, limit: 50 }), client.esim(esim.iccid)]),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    const now = new Date();
    const heard: Notification[] = [];
    await applyDetail(esim.id, detail);
    for (const bundle of live.bundles) {
      for (const a of bundle.assignments) {
        if (!isBundleState(a.state)) continue;
        await db.bundleAssignment.updateMany({
          where: { esimId: esim.id, assignmentId: a.id },
          data: {
            state: a.state,
            remainingBytes: a.remainingBytes,
            initialBytes: a.initialBytes,
            startTime: a.startTime,
            endTime: a.endTime,
            usageUpdatedAt: now,
          },
        });
        const { count: fresh } = await db.usageSnapshot.createMany({
          data: [
            {
              dedupeKey: `poll:${a.id}:${a.remainingBytes ?? "u"}:${a.state}`,
              source: "poll",
              iccid: esim.iccid,
              esimId: esim.id,
              bundleName: bundle.name,
              alertType: "Poll",
              initialBytes: a.initialBytes,
              remainingBytes: a.remainingBytes,
              unlimited: a.unlimited,
              payload: { state: a.state },
            },
          ],
          skipDuplicates: true,
        });
        // New figures (a lost callback, or one not sent yet) count as a callback's would.
        const stored = fresh > 0 ? await db.bundleAssignment.findFirst({ where: { esimId: esim.id, assignmentId: a.id } }) : null;
        if (stored) heard.push(...usageThresholds(esim.id, stored, { initial: stored.initialBytes, remaining: stored.remainingBytes }));
      }
    }
    await sendNotifications(heard).catch((e) => logger.error({ scope: "usage", err: errorText(e) }, "usage notifications failed"));
    return { source: "live", checkedAt: now };
  } catch {
    return {
      source: "stored",
      checkedAt: esim.liveCheckedAt,
      note: "eSIM Go is not answering right now: these are the last figures we received.",
    };
  }
}

// The customer's eSIM page: a view that refreshes usage from eSIM Go first (within the window
// above), then reads the eSIM as its owner sees it. null: not this customer's eSIM.
export async function refreshThenReadOwnedEsim(userId: string, iccid: string) {
  const found = await getOwnedEsim(userId, iccid);
  if (!found) return null;
  const live = await refreshLiveUsage(found);
  const esim = live.source === "live" ? ((await getOwnedEsim(userId, iccid)) ?? found) : found;
  return { esim, live };
}
