// A staff list page's first steps: only staff get past (404 for anyone else), the filters are
// parsed from the URL (a malformed value falls back to its default), then the rows are loaded.
import type { z } from "zod";
import { requireStaff } from "@/lib/auth/session";

export async function staffList<S extends z.ZodType, R>(
  searchParams: Promise<Record<string, string>>,
  filters: S,
  load: (f: z.output<S>) => Promise<R>,
) {
  await requireStaff();
  const f = filters.parse(await searchParams);
  return { f, rows: await load(f) };
}
