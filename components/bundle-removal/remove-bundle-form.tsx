"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeBundleAction } from "@/components/bundle-removal/actions";
import type { ActionResult } from "@/lib/actions/chain";

export function RemoveBundleForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const t = useTranslations("Removal");
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(removeBundleAction, null);
  if (result) {
    const [key, params] = result.ok ? [result.message ?? "", undefined] : [result.error, result.params];
    return (
      <p
        role="status"
        data-testid="removal-result"
        className={`rounded-xl p-4 ${result.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
      >
        {t.has(key) ? t(key, params) : key}
      </p>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" disabled={pending} className="rounded-xl bg-red-700 px-4 py-3 font-semibold text-white disabled:opacity-60">
        {pending ? t("removing") : label}
      </button>
    </form>
  );
}
