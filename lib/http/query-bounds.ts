// Every query parameter is one bounded value: pages and routes read `searchParams` as plain
// strings, and a repeated name (an array) or a megabyte of text must never reach them. The proxy
// redirects any other URL to its bounded form, so no page has to remember this rule.
export const MAX_PARAM_CHARS = 512;
export const MAX_PARAMS = 40;

// The bounded query string (with "?", or "") when `search` breaks the rule; null when it is fine.
export function boundedSearch(search: string): string | null {
  // A plain Set and array, not URLSearchParams.has/size: the proxy's runtime may polyfill
  // URLSearchParams over an object, where has("constructor") is true for every query.
  const seen = new Set<string>();
  const kept: Array<[string, string]> = [];
  let changed = false;
  for (const [name, value] of new URLSearchParams(search)) {
    if (seen.has(name) || kept.length >= MAX_PARAMS || name.length > 64) {
      changed = true;
      continue;
    }
    seen.add(name);
    if (value.length > MAX_PARAM_CHARS) changed = true;
    kept.push([name, value.slice(0, MAX_PARAM_CHARS)]);
  }
  if (!changed) return null;
  const text = new URLSearchParams(kept).toString();
  return text ? `?${text}` : "";
}
