// The eSIM Go call log for staff, newest first. Bodies were redacted when written (no API key,
// matching ids, activation codes or PIN/PUK ever reach the table).
import { z } from "zod";
import { db } from "@/lib/db";

export const providerLogFilters = z.object({
  outcome: z.enum(["all", "errors", "ok"]).catch("all"),
  path: z.string().max(100).catch(""),
  line: z.string().max(40).catch(""),
});
export type ProviderLogFilters = z.infer<typeof providerLogFilters>;

export function providerCalls(f: ProviderLogFilters) {
  return db.providerCall.findMany({
    where: {
      ...(f.outcome === "errors" ? { outcome: { not: "ok" } } : f.outcome === "ok" ? { outcome: "ok" } : {}),
      ...(f.path ? { path: { contains: f.path } } : {}),
      ...(f.line ? { orderLineId: f.line } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
