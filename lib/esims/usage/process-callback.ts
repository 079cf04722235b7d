// One verified eSIM Go callback, processed exactly once: the snapshot row (unique dedupe key) is
// written in the same transaction as its effects, so a replay changes nothing. Late, older
// figures never raise the remaining data of the same assignment. What the store cannot match
// (unknown ICCID or bundle) is kept for staff review, never dropped.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { BundleAssignment, Prisma } from "@/lib/generated/prisma/client";
import { applyInstallReport } from "@/lib/esims/install-status";
import type { LifecycleEvent, ProfileStatusEvent, UnknownNotification, UsageCallback } from "./callback-schema";
import { usageNotifications, type Notification } from "./notifications";
import { recordUsage } from "./record-usage";

export type CallbackOutcome = "stored" | "duplicate" | "review";

type Tx = Prisma.TransactionClient;

export async function processCallback(
  rawBody: string,
  callback: UsageCallback | LifecycleEvent | ProfileStatusEvent,
): Promise<{ outcome: CallbackOutcome; notifications: Notification[] }> {
  if ("kind" in callback) return profileStatusChange(rawBody, callback);
  if (!("event" in callback) && callback.iccid && callback.bundle && USAGE_ALERTS.has(callback.alertType))
    return usageOnly(rawBody, { ...callback, iccid: callback.iccid }, callback.bundle);
  return db.$transaction(async (tx) => {
    const esim = callback.iccid ? await tx.esim.findUnique({ where: { iccid: callback.iccid } }) : null;
    if ("event" in callback) return lifecycle(tx, callback, esim, rawBody);

    const assignment = esim && callback.bundle ? await findAssignment(tx, esim.id, callback.bundle) : null;
    const organisationAlert = !callback.iccid; // a balance alert: nothing to match
    const needsReview = !organisationAlert && (!esim || (callback.bundle !== null && callback.bundle !== undefined && !assignment));
    const b = callback.bundle;
    const remaining = b?.remainingQuantity == null ? null : BigInt(Math.round(b.remainingQuantity));
    const initial = b?.initialQuantity == null ? null : BigInt(Math.round(b.initialQuantity));
    const inserted = await keepCallback(tx, rawBody, {
      iccid: callback.iccid ?? "",
      esimId: esim?.id,
      assignmentId: assignment?.id,
      bundleName: b?.name,
      alertType: callback.alertType,
      initialBytes: initial,
      remainingBytes: remaining,
      unlimited: b?.unlimited ?? null,
      needsReview,
    });
    if (!inserted) return { outcome: "duplicate" as const, notifications: [] };
    if (needsReview) return { outcome: "review" as const, notifications: [] };
    if (!esim) return { outcome: "stored" as const, notifications: usageNotifications(callback, "", null, { initial, remaining }) };

    if (["FirstAttachment", "CountryChange"].includes(callback.alertType)) {
      await tx.esim.update({
        where: { id: esim.id },
        data: { firstAttachedAt: esim.firstAttachedAt ?? new Date(), lastCountry: callback.country?.code ?? esim.lastCountry },
      });
    }
    if (assignment && b)
      await applyUsage(tx, assignment, { initial, remaining, startTime: b.startTime, endTime: b.endTime, unlimited: b.unlimited });
    return { outcome: "stored" as const, notifications: usageNotifications(callback, esim.id, assignment, { initial, remaining }) };
  });
}

// A signed notification of a type the store has no handler for: stored for staff review (the
// events viewer lists it as "needs review"), once.
export async function storeUnknownNotification(rawBody: string, n: UnknownNotification): Promise<CallbackOutcome> {
  const esim = n.iccid ? await db.esim.findUnique({ where: { iccid: n.iccid }, select: { id: true } }) : null;
  const inserted = await keepCallback(db, rawBody, { iccid: n.iccid ?? "", esimId: esim?.id, alertType: n.type, needsReview: true });
  return inserted ? "review" : "duplicate";
}

// Most callbacks are plain usage updates: they take the single-statement path.
const USAGE_ALERTS = new Set(["Utilisation", "FirstUse"]);

async function usageOnly(rawBody: string, callback: UsageCallback & { iccid: string }, b: NonNullable<UsageCallback["bundle"]>) {
  const initial = b.initialQuantity == null ? null : BigInt(Math.round(b.initialQuantity));
  const remaining = b.remainingQuantity == null ? null : BigInt(Math.round(b.remainingQuantity));
  const r = await recordUsage({
    dedupeKey: callbackKey(rawBody),
    iccid: callback.iccid,
    assignmentId: b.id ?? null,
    bundleName: b.name,
    alertType: callback.alertType,
    initial,
    remaining,
    unlimited: b.unlimited ?? null,
    startTime: b.startTime ?? null,
    endTime: b.endTime ?? null,
    payload: rawBody,
  });
  if (!r.inserted) return { outcome: "duplicate" as const, notifications: [] };
  if (r.review || !r.esimId || !r.assignmentId) return { outcome: "review" as const, notifications: [] };
  return {
    outcome: "stored" as const,
    notifications: usageNotifications(
      callback,
      r.esimId,
      { id: r.assignmentId, unlimited: b.unlimited ?? r.unlimited ?? false },
      { initial, remaining },
    ),
  };
}

async function findAssignment(tx: Tx, esimId: string, bundle: NonNullable<UsageCallback["bundle"]>): Promise<BundleAssignment | null> {
  if (bundle.id) {
    const byId = await tx.bundleAssignment.findUnique({ where: { assignmentId: bundle.id } });
    if (byId) return byId.esimId === esimId ? byId : null;
  }
  // V2 callbacks carry no assignment id: the newest assignment of that bundle on this eSIM.
  return tx.bundleAssignment.findFirst({
    where: { esimId, bundleName: bundle.name, ...(bundle.reference ? { reference: bundle.reference } : {}) },
    orderBy: { createdAt: "desc" },
  });
}

async function applyUsage(
  tx: Tx,
  a: BundleAssignment,
  u: { initial: bigint | null; remaining: bigint | null; startTime?: Date; endTime?: Date; unlimited?: boolean | null },
) {
  // Older figures arriving late must not give data back.
  const stale = u.remaining !== null && a.remainingBytes !== null && u.remaining > a.remainingBytes;
  await tx.bundleAssignment.update({
    where: { id: a.id },
    data: {
      ...(stale ? {} : { remainingBytes: u.remaining ?? a.remainingBytes, usageUpdatedAt: new Date() }),
      initialBytes: u.initial ?? a.initialBytes,
      startTime: a.startTime ?? u.startTime,
      endTime: u.endTime ?? a.endTime,
      unlimited: u.unlimited ?? a.unlimited,
      state: stale
        ? a.state
        : !a.unlimited && u.remaining === 0n
          ? "depleted"
          : ["queued", "processing"].includes(a.state)
            ? "active"
            : a.state,
    },
  });
}

async function lifecycle(tx: Tx, event: LifecycleEvent, esim: { id: string } | null, rawBody: string) {
  const inserted = await keepCallback(tx, rawBody, { iccid: event.iccid, esimId: esim?.id, alertType: event.event, needsReview: !esim });
  if (!inserted) return { outcome: "duplicate" as const, notifications: [] };
  if (!esim) return { outcome: "review" as const, notifications: [] };
  if (event.event === "esim.deleted") await tx.esim.update({ where: { id: esim.id }, data: { state: "deleted" } });
  return {
    outcome: "stored" as const,
    notifications: event.event === "esim.deletion_scheduled" ? [{ kind: "deletion-scheduled" as const, esimId: esim.id }] : [],
  };
}

// Installed, removed, downloaded: stored once, applied unless a newer report is already on record.
async function profileStatusChange(rawBody: string, event: ProfileStatusEvent) {
  return db.$transaction(async (tx) => {
    const esim = await tx.esim.findUnique({ where: { iccid: event.iccid }, select: { id: true } });
    const inserted = await keepCallback(tx, rawBody, {
      iccid: event.iccid,
      esimId: esim?.id,
      alertType: `ProfileStatus:${event.profileStatus}`,
      needsReview: !esim,
    });
    if (!inserted) return { outcome: "duplicate" as const, notifications: [] };
    if (!esim) return { outcome: "review" as const, notifications: [] };
    await applyInstallReport(tx, esim.id, { profileStatus: event.profileStatus, at: event.at ?? new Date(), device: event.device });
    return { outcome: "stored" as const, notifications: [] };
  });
}

// The callback as received, kept once: its dedupe key is the hash of the raw body, so a replay
// inserts nothing (and its effects, in the same transaction, do not run again).
async function keepCallback(
  tx: Tx,
  rawBody: string,
  fields: Omit<Prisma.UsageSnapshotCreateManyInput, "dedupeKey" | "source" | "payload">,
) {
  const { count } = await tx.usageSnapshot.createMany({
    data: [{ ...fields, dedupeKey: callbackKey(rawBody), source: "callback", payload: JSON.parse(rawBody) }],
    skipDuplicates: true,
  });
  return count > 0;
}

const callbackKey = (rawBody: string) => `cb:${createHash("sha256").update(rawBody).digest("hex")}`;
