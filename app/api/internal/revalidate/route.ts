// POST /api/internal/revalidate – the worker's signal that catalogue data changed (sync, pricing)
import { revalidateTag } from "next/cache";
import { CATALOGUE_TAG } from "@/lib/catalogue/cached";
import { isRevalidateKey } from "@/lib/catalogue/revalidate";

export async function POST(request: Request) {
  if (!isRevalidateKey(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null))
    return Response.json({ error: "Forbidden" }, { status: 403 });
  revalidateTag(CATALOGUE_TAG, { expire: 0 });
  return Response.json({ revalidated: true });
}
