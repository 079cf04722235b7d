// Fields of forms the store's own pages render (hidden ids, selects). A value that does not parse
// means a stale page or tampering: the action answers 404, never a 500 with a stack trace.
import { notFound } from "next/navigation";
import type { z } from "zod";

export function formField<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

// Server actions can be called with any arguments, not only the form their page sends.
export function assertForm(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) notFound();
}
