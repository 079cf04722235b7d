// GET /flags/{iso}.svg – country flags (flag-icons, MIT), served from the package with a long cache.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const fileSchema = z.string().regex(/^[a-z]{2}\.svg$/);
const flagsDir = path.join(process.cwd(), "node_modules", "flag-icons", "flags", "4x3");

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const parsed = fileSchema.safeParse((await params).file.toLowerCase());
  if (!parsed.success) return new Response("Not found", { status: 404 });
  try {
    const svg = await readFile(path.join(flagsDir, parsed.data));
    return new Response(svg, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=31536000, immutable" } });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
