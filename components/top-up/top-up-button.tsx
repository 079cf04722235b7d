"use client";
import { useActionState } from "react";
import { topUpAction } from "@/components/top-up/actions";
import type { ActionResult } from "@/lib/actions/chain";

export function TopUpButton({ iccid, bundle, label, useCredit }: { iccid: string; bundle: string; label: string; useCredit: boolean }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(topUpAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="iccid" value={iccid} />
      <input type="hidden" name="bundle" value={bundle} />
      {useCredit && <input type="hidden" name="useCredit" value="on" />}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Opening checkout…" : label}
      </button>
      {state && !state.ok && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
