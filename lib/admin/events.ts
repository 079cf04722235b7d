// Inbound events for staff: Stripe webhook events the store processed and eSIM Go callbacks it
// stored (usage and lifecycle), newest first, filtered by source, type, text and date.
import { z } from "zod";
import { db } from "@/lib/db";

export const eventFiltersSchema = z.object({
  source: z.enum(["all", "stripe", "esimgo"]).catch("all"),
  type: z.string().trim().max(60).catch(""),
  q: z.string().trim().max(64).catch(""), // event id, ICCID or bundle
  review: z.enum(["", "1"]).catch(""),
  from: z.iso.date().optional().catch(undefined),
});
export type EventFilters = z.infer<typeof eventFiltersSchema>;

export type InboundEvent = {
  id: string;
  at: Date;
  source: "stripe" | "esimgo";
  type: string;
  subject: string;
  detail: string;
  needsReview: boolean;
};

const LIMIT = 150;

export async function inboundEvents(f: EventFilters): Promise<InboundEvent[]> {
  const since = f.from ? { gte: new Date(f.from) } : undefined;
  const [stripe, callbacks] = await Promise.all([
    f.source === "esimgo" || f.review
      ? []
      : db.processedEvent.findMany({
          where: {
            provider: "stripe",
            ...(f.type ? { type: { contains: f.type } } : {}),
            ...(f.q ? { eventId: { contains: f.q } } : {}),
            ...(since ? { receivedAt: since } : {}),
          },
          orderBy: { receivedAt: "desc" },
          take: LIMIT,
        }),
    f.source === "stripe"
      ? []
      : db.usageSnapshot.findMany({
          where: {
            source: "callback",
            ...(f.type ? { alertType: { contains: f.type } } : {}),
            ...(f.q ? { OR: [{ iccid: { startsWith: f.q } }, { bundleName: { contains: f.q } }] } : {}),
            ...(f.review ? { needsReview: true } : {}),
            ...(since ? { receivedAt: since } : {}),
          },
          orderBy: { receivedAt: "desc" },
          take: LIMIT,
          select: { id: true, receivedAt: true, alertType: true, iccid: true, bundleName: true, remainingBytes: true, needsReview: true },
        }),
  ]);
  return [
    ...stripe.map((e) => ({
      id: e.id,
      at: e.receivedAt,
      source: "stripe" as const,
      type: e.type,
      subject: e.eventId,
      detail: "",
      needsReview: false,
    })),
    ...callbacks.map((c) => ({
      id: c.id,
      at: c.receivedAt,
      source: "esimgo" as const,
      type: c.alertType,
      subject: c.iccid,
      detail: [c.bundleName, c.remainingBytes === null ? null : `${c.remainingBytes} bytes left`].filter(Boolean).join(" · "),
      needsReview: c.needsReview,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, LIMIT);
}
