"use client";
import { useActionState } from "react";
import { requestSignIn } from "@/components/sign-in/actions";
import type { ActionResult } from "@/lib/actions/chain";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(requestSignIn, null);
  const error = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={error?.values?.email ?? ""}
          aria-describedby={error ? "signin-error" : undefined}
          className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base"
        />
      </div>
      {error && (
        <p id="signin-error" role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {error.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="h-12 w-full rounded-xl bg-brand-600 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
