// The small pieces eSIM Go's answers are made of, each tolerant of how live traffic differs from
// the spec: numbers as strings, null for empty lists, dates as ISO (with nanoseconds) or epoch ms.
import { z } from "zod";

export const text = z.string();
export const iccid = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{18,22}$/, "ICCID must be 18-22 digits"));
export const num = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
export const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

// Dates arrive as ISO strings (with nanoseconds) or epoch milliseconds.
export const instant = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined || v === "") return undefined;
    const d = typeof v === "number" ? new Date(v) : new Date(v.replace(/(\.\d{3})\d+Z$/, "$1Z"));
    return Number.isNaN(d.getTime()) ? undefined : d;
  });

export const country = z.looseObject({
  name: text,
  region: z
    .string()
    .nullish()
    .transform((v) => v ?? ""),
  iso: text.transform((s) => s.toUpperCase()),
});
