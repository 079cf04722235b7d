// Next.js answers 500 when a server-action call carries a body React's decoder cannot read (garbage,
// a form without React's argument list, references to parts that are not there). Such a call never
// comes from the store's pages, so it is refused with 400 before Next.js sees it. The store's
// actions take (), (FormData) or (state, FormData); their calls are JSON text whose root is the
// argument list, or multipart form data whose field "0" holds it. In that list, strings starting
// with "$" are React references; the only ones those arguments produce are a FormData ("$K1",
// multipart only), escaped text ("$$…") and a few special values.
const MAX_BYTES = 1_000_000; // Next.js's own limit for action bodies

export async function malformedActionCall(request: Request): Promise<string | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (!/^[0-9a-f]{40,44}$/i.test(request.headers.get("next-action") ?? "")) return "unknown action";
  const type = request.headers.get("content-type") ?? "";
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES) return "body too large";
  try {
    const body = await request.clone().arrayBuffer(); // read whole, so an early answer never cuts the upload
    if (type.startsWith("text/plain")) return argumentListProblem(new TextDecoder().decode(body), false);
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(body, { headers: { "content-type": type } }).formData();
      if ([...form.values()].some((v) => typeof v === "string" && v.includes("\0"))) return "NUL character";
      const root = form.get("0");
      return typeof root === "string" ? argumentListProblem(root, true) : "form without an argument list";
    }
  } catch {
    return "unreadable body";
  }
  return "unsupported content type";
}

const SPECIAL_VALUES = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

function argumentListProblem(text: string, multipart: boolean): string | null {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return "arguments are not JSON";
  }
  if (!Array.isArray(root)) return "arguments are not a list";
  const hasNul = (value: unknown): boolean =>
    typeof value === "string"
      ? value.includes("\0")
      : Array.isArray(value)
        ? value.some(hasNul)
        : value !== null && typeof value === "object"
          ? Object.entries(value).some(([k, v]) => k.includes("\0") || hasNul(v))
          : false;
  if (hasNul(root)) return "NUL character"; // PostgreSQL cannot store it
  const references = (value: unknown): boolean => {
    if (typeof value === "string")
      return value.startsWith("$") && !(value.startsWith("$$") || SPECIAL_VALUES.has(value) || (multipart && /^\$K\d{1,6}$/.test(value)));
    if (Array.isArray(value)) return value.some(references);
    if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.startsWith("$") || references(v));
    return false;
  };
  return references(root) ? "unexpected reference in the arguments" : null;
}
