// The staff order list: filters from the URL (zod), one query used by the table and the CSV export.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toMajorString } from "@/lib/money/minor-units";

export const orderFiltersSchema = z.object({
  status: z.enum(["all", "pending_payment", "paid", "fulfilled", "payment_failed", "expired", "refunded", "failed_lines"]).catch("all"),
  email: z.string().trim().max(254).catch(""),
  iccid: z
    .string()
    .trim()
    .regex(/^\d{0,22}$/)
    .catch(""),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type OrderFilters = z.infer<typeof orderFiltersSchema>;
export const PAGE_SIZE = 25;

export function orderWhere(f: OrderFilters): Prisma.OrderWhereInput {
  return {
    ...(f.status === "failed_lines"
      ? { lines: { some: { fulfilmentStatus: "esim_failed" } } }
      : f.status !== "all"
        ? { status: f.status }
        : {}),
    ...(f.email ? { email: { contains: f.email.toLowerCase() } } : {}),
    ...(f.iccid
      ? {
          OR: [
            { lines: { some: { esims: { some: { iccid: { startsWith: f.iccid } } } } } },
            { lines: { some: { targetIccid: { startsWith: f.iccid } } } },
          ],
        }
      : {}),
    ...(f.from || f.to
      ? {
          createdAt: {
            ...(f.from ? { gte: new Date(f.from) } : {}),
            ...(f.to ? { lt: new Date(new Date(f.to).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
}

export function findOrders(f: OrderFilters, take = PAGE_SIZE, skip = (f.page - 1) * PAGE_SIZE) {
  return db.order.findMany({
    where: orderWhere(f),
    include: { lines: { select: { bundleName: true, quantity: true, fulfilmentStatus: true, esims: { select: { iccid: true } } } } },
    orderBy: { createdAt: "desc" },
    take,
    skip,
  });
}

// CSV for spreadsheets: no activation data, ever (ICCIDs only).
export function ordersCsv(orders: Awaited<ReturnType<typeof findOrders>>): string {
  const cell = (v: string | number) => {
    const text = String(v);
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text; // no formula injection
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = orders.map((o) =>
    [
      o.id,
      o.createdAt.toISOString(),
      o.email,
      o.status,
      toMajorString(o.totalMinor, o.currency),
      o.currency,
      o.lines.map((l) => `${l.bundleName} x${l.quantity} (${l.fulfilmentStatus})`).join("; "),
      o.lines.flatMap((l) => l.esims.map((e) => e.iccid)).join(" "),
    ]
      .map(cell)
      .join(","),
  );
  return ["order,created,email,status,total,currency,lines,iccids", ...rows].join("\n") + "\n";
}

// One order for staff: lines with their eSIMs, emails, refunds, every eSIM Go call made for it and
// its audit trail.
export async function orderForStaff(id: string) {
  const order = await db.order.findUnique({
    where: { id },
    include: {
      lines: { include: { esims: { select: { iccid: true } } } },
      emails: { select: { id: true, subject: true, status: true, createdAt: true, sentAt: true, to: true } },
      refunds: true,
    },
  });
  if (!order) return null;
  const [calls, history] = await Promise.all([
    db.providerCall.findMany({
      where: { orderLineId: { in: order.lines.map((l) => l.id) } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, method: true, path: true, status: true, outcome: true, error: true, durationMs: true },
    }),
    db.auditLog.findMany({ where: { targetType: "order", targetId: id }, orderBy: { createdAt: "asc" } }),
  ]);
  return { order, calls, history };
}
