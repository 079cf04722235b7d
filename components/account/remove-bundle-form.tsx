"use client";
import { useActionState } from "react";
import { removeBundleAction, type RemoveState } from "@/app/(account)/account/esims/[iccid]/bundles/[assignmentId]/remove/actions";

export function RemoveBundleForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [result, action, pending] = useActionState<RemoveState, FormData>(removeBundleAction, null);
  if (result) {
    return (
      <p role="status" data-testid="removal-result" className={`rounded-xl p-4 ${result.status === "refused" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-900"}`}>
        {result.message}
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
