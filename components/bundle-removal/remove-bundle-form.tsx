"use client";
import { useActionState } from "react";
import { removeBundleAction } from "@/components/bundle-removal/actions";
import type { ActionResult } from "@/lib/actions/chain";

export function RemoveBundleForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(removeBundleAction, null);
  if (result) {
    return (
      <p
        role="status"
        data-testid="removal-result"
        className={`rounded-xl p-4 ${result.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
      >
        {result.ok ? result.message : result.error}
      </p>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" disabled={pending} className="rounded-xl bg-red-700 px-4 py-3 font-semibold text-white disabled:opacity-60">
        {pending ? "Removing…" : label}
      </button>
    </form>
  );
}
