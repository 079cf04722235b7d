// Every query parameter is one bounded value: pages and routes read `searchParams` as plain
// strings, and a repeated name (an array) or a megabyte of text must never reach them. The proxy
// redirects any other URL to its bounded form, so no page has to remember this rule.
export const MAX_PARAM_CHARS = 512;
export const MAX_PARAMS = 40;

// Next.js rebuilds the request's query from a plain object, so a name that is also an object
// property ("constructor", "toString") always arrives repeated, however often it was sent.
// Redirecting it would loop; no page reads such a name, so it passes through unbounded.
const OBJECT_PROPERTY = (name: string) => name in Object.prototype;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text; // a malformed escape stays as sent
  }
}

// The bounded query string (with "?", or "") when `search` breaks the rule; null when it is fine.
export function boundedSearch(search: string): string | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  let changed = false;
  for (const part of search.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const cut = part.indexOf("=");
    const name = decode(cut < 0 ? part : part.slice(0, cut));
    const value = cut < 0 ? "" : decode(part.slice(cut + 1));
    if (OBJECT_PROPERTY(name)) continue;
    if (seen.has(name) || kept.length >= MAX_PARAMS || name.length > 64) {
      changed = true;
      continue;
    }
    seen.add(name);
    if (value.length > MAX_PARAM_CHARS) changed = true;
    kept.push(`${encodeURIComponent(name)}=${encodeURIComponent(value.slice(0, MAX_PARAM_CHARS))}`);
  }
  if (!changed) return null;
  return kept.length ? `?${kept.join("&")}` : "";
}
