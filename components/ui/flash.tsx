// The one-line outcome of an action, read back from the URL the action redirected to
// (lib/actions/flash.ts writes it).
import { readFlash } from "@/lib/actions/flash";

export function Flash({ params, testId }: { params: Record<string, string | string[] | undefined>; testId?: string }) {
  const flash = readFlash(params);
  if (!flash) return null;
  return flash.kind === "result" ? (
    <p role="status" data-testid={testId} className="rounded-xl bg-emerald-50 p-3 text-sm text-emerald-900">
      {flash.text}
    </p>
  ) : (
    <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
      {flash.text}
    </p>
  );
}
