// Stripe's request encoding: application/x-www-form-urlencoded with bracket keys
// (line_items[0][price_data][unit_amount]=499) decoded into nested objects and arrays.
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export function decodeStripeForm(body: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const keys = rawKey.replace(/\]/g, "").split("[");
    let node: Record<string, FormValue> | FormValue[] = root;
    keys.forEach((key, i) => {
      const last = i === keys.length - 1;
      const container = node as Record<string, FormValue>;
      if (last) {
        container[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(keys[i + 1]);
      container[key] ??= nextIsIndex ? [] : {};
      node = container[key] as Record<string, FormValue>;
    });
  }
  return root;
}

// The one value of a field, when it is a plain string.
export const text = (v: FormValue | undefined) => (typeof v === "string" ? v : undefined);
// A nested field (metadata[…], transfer_data[…]), or nothing.
export const record = (v: FormValue | undefined): Record<string, FormValue> => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
// Stripe keeps metadata as strings.
export const metadataOf = (v: FormValue | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(record(v)).map(([k, x]) => [k, String(x)]));
