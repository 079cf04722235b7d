// A customer's eSIMs, always read by owner: another customer's ICCID is simply not found.
import { db } from "@/lib/db";
import type { BundleAssignment, BundleState } from "@/lib/generated/prisma/client";

export const USED_STATES: BundleState[] = ["depleted", "expired", "revoked", "lapsed"];

export function listOwnedEsims(userId: string) {
  return db.esim.findMany({
    where: { ownerId: userId, state: { not: "deleted" } },
    include: { assignments: { orderBy: { createdAt: "asc" } } },
    orderBy: { createdAt: "desc" },
  });
}

export function getOwnedEsim(userId: string, iccid: string) {
  if (!/^\d{18,22}$/.test(iccid)) return Promise.resolve(null);
  return db.esim.findFirst({
    where: { iccid, ownerId: userId },
    include: {
      assignments: {
        orderBy: { createdAt: "asc" },
        include: { orderLine: { select: { unitPriceMinor: true, currency: true, orderId: true } } },
      },
      snapshots: { orderBy: { receivedAt: "desc" }, take: 30 },
    },
  });
}

// The bundle a traveller cares about now: the active one, else the next queued one.
export function currentBundle<T extends BundleAssignment>(assignments: T[]): T | null {
  return assignments.find((a) => a.state === "active") ?? assignments.find((a) => a.state === "queued" || a.state === "processing") ?? null;
}

export function remainingShare(a: Pick<BundleAssignment, "unlimited" | "initialBytes" | "remainingBytes">): number | null {
  if (a.unlimited || !a.initialBytes || a.remainingBytes === null) return null;
  return Math.max(0, Math.min(1, Number(a.remainingBytes) / Number(a.initialBytes)));
}

// "1.93 GB", "640 MB" (decimal units, as eSIM Go counts), in the reader's way of writing numbers.
export function formatBytes(bytes: bigint | number | null, locale = "en"): string {
  if (bytes === null) return "–";
  const n = Number(bytes);
  const gb = n >= 1e9;
  const digits = gb ? (n >= 1e10 ? 0 : 2) : 0;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: gb ? "gigabyte" : "megabyte",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(gb ? n / 1e9 : Math.round(n / 1e6));
}

// eSIM Go's bundle states; anything else it sends is not stored as a state.
const BUNDLE_STATES = new Set<string>(["processing", "queued", "active", "depleted", "expired", "revoked", "lapsed"]);
export const isBundleState = (state: string | undefined): state is BundleState => state !== undefined && BUNDLE_STATES.has(state);
