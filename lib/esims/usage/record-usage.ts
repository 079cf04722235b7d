// The hot path for Utilisation and FirstUse callbacks: one SQL statement (no interactive
// transaction) that stores the snapshot once (unique dedupe key) and, only if it was new and
// matched, moves the bundle's remaining data down (never up: late, older figures are ignored).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

export type UsageFigures = {
  dedupeKey: string;
  iccid: string;
  assignmentId: string | null;
  bundleName: string;
  alertType: string;
  initial: bigint | null;
  remaining: bigint | null;
  unlimited: boolean | null;
  startTime: Date | null;
  endTime: Date | null;
  payload: string;
};
export type RecordedUsage = {
  inserted: boolean;
  review: boolean;
  esimId: string | null;
  assignmentId: string | null;
  unlimited: boolean | null;
};

export async function recordUsage(u: UsageFigures): Promise<RecordedUsage> {
  const [row] = await db.$queryRaw<
    Array<{ inserted: number; review: boolean | null; esim_id: string | null; assignment_id: string | null; unlimited: boolean | null }>
  >`
    WITH e AS (
      SELECT id FROM "Esim" WHERE iccid = ${u.iccid}
    ), a AS (
      SELECT ba.id, ba.unlimited FROM "BundleAssignment" ba
      WHERE ba."esimId" = (SELECT id FROM e)
        AND CASE WHEN ${u.assignmentId}::text IS NOT NULL THEN ba."assignmentId" = ${u.assignmentId}::text
                 ELSE ba."bundleName" = ${u.bundleName} END
      ORDER BY ba."createdAt" DESC LIMIT 1
    ), ins AS (
      INSERT INTO "UsageSnapshot" (id, "dedupeKey", source, iccid, "esimId", "assignmentId", "bundleName", "alertType",
                                   "initialBytes", "remainingBytes", unlimited, "needsReview", payload, "receivedAt")
      VALUES (${randomUUID()}, ${u.dedupeKey}, 'callback', ${u.iccid}, (SELECT id FROM e), (SELECT id FROM a), ${u.bundleName},
              ${u.alertType}, ${u.initial}::bigint, ${u.remaining}::bigint, ${u.unlimited}::boolean, NOT EXISTS (SELECT 1 FROM a),
              ${u.payload}::jsonb, now())
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING "needsReview"
    ), upd AS (
      UPDATE "BundleAssignment" ba SET
        "remainingBytes" = CASE WHEN ${u.remaining}::bigint IS NULL OR ${u.remaining}::bigint > ba."remainingBytes"
                                THEN ba."remainingBytes" ELSE ${u.remaining}::bigint END,
        "usageUpdatedAt" = CASE WHEN ${u.remaining}::bigint > ba."remainingBytes" THEN ba."usageUpdatedAt" ELSE now() END,
        "initialBytes" = COALESCE(${u.initial}::bigint, ba."initialBytes"),
        "startTime" = COALESCE(ba."startTime", ${u.startTime}::timestamp),
        "endTime" = COALESCE(${u.endTime}::timestamp, ba."endTime"),
        unlimited = COALESCE(${u.unlimited}::boolean, ba.unlimited),
        state = CASE
          WHEN ${u.remaining}::bigint > ba."remainingBytes" THEN ba.state
          WHEN NOT COALESCE(${u.unlimited}::boolean, ba.unlimited) AND ${u.remaining}::bigint = 0 THEN 'depleted'::"BundleState"
          WHEN ba.state IN ('queued', 'processing') THEN 'active'::"BundleState"
          ELSE ba.state END,
        "updatedAt" = now()
      FROM ins
      WHERE ba.id = (SELECT id FROM a) AND NOT ins."needsReview"
      RETURNING ba.id
    )
    SELECT (SELECT count(*) FROM ins)::int AS inserted, (SELECT "needsReview" FROM ins) AS review,
           (SELECT id FROM e) AS esim_id, (SELECT id FROM a) AS assignment_id, (SELECT unlimited FROM a) AS unlimited`;
  return {
    inserted: row.inserted === 1,
    review: row.review === true,
    esimId: row.esim_id,
    assignmentId: row.assignment_id,
    unlimited: row.unlimited,
  };
}
