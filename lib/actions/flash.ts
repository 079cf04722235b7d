// The one-line message a staff page shows after an action: ?result=… (it worked) or ?error=….
import { redirect } from "next/navigation";

export type Flash = { kind: "result" | "error"; text: string } | null;

export function flashRedirect(path: string, outcome: { ok: true; message?: string } | { ok: false; error: string }): never {
  const url = new URL(path, "http://store.invalid");
  url.searchParams.delete("result");
  url.searchParams.delete("error");
  url.searchParams.set(outcome.ok ? "result" : "error", (outcome.ok ? (outcome.message ?? "Done.") : outcome.error).slice(0, 300));
  redirect(`${url.pathname}${url.search}`);
}

export function readFlash(params: Record<string, string | string[] | undefined>): Flash {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 300);
  const error = first(params.error);
  if (error) return { kind: "error", text: error };
  const result = first(params.result);
  return result ? { kind: "result", text: result } : null;
}
