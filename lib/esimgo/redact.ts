// What may be written to the provider call log: no API key, no activation data (matching ids,
// LPA strings, install links carry the credential), no PIN/PUK.
const SECRET_KEYS = new Set(["matchingid", "pin", "puk", "apikey", "appleinstallurl", "androidinstallurl", "activationcode", "x-api-key"]);
const MAX_LOGGED_CHARS = 16_000;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.has(k.toLowerCase()) && v ? "[redacted]" : redact(v)]));
  }
  if (typeof value === "string")
    return value.replace(/LPA:1\$[^$\s"]+\$[^\s"&]+/g, "LPA:1$[redacted]").replace(/carddata=[^&\s"]+/g, "carddata=[redacted]");
  return value;
}

// Large bodies (a catalogue page) are summarised so the log stays small.
export function forLog(value: unknown): unknown {
  if (value === undefined) return undefined;
  const safe = redact(value);
  const text = JSON.stringify(safe);
  if (text === undefined || text.length <= MAX_LOGGED_CHARS) return safe;
  return { truncated: true, chars: text.length, preview: text.slice(0, 2000) };
}
