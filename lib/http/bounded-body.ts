// Request bodies from outside (webhooks, callbacks) are read with a size bound before anything
// parses or verifies them, and JSON is checked for depth before JSON.parse recurses into it.
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_JSON_DEPTH = 32;

// The body as text, or null when it is larger than maxBytes (counted as it streams, so a lying
// or missing Content-Length does not matter).
export async function readBoundedText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// True when no array or object in `text` is nested deeper than maxDepth (brackets inside strings
// do not count). One linear pass, no recursion.
export function jsonDepthWithin(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return false;
    } else if (c === 125 || c === 93) depth--;
  }
  return true;
}

export const tooLarge = () => Response.json({ error: `Body larger than ${MAX_BODY_BYTES / 1024} KB` }, { status: 413 });
