"use client";
import { useActionState } from "react";
import { requestSignIn } from "@/components/sign-in/actions";
import type { ActionResult } from "@/lib/actions/chain";
import { EmailField } from "@/components/ui/email-field";
import { FormError, SubmitButton } from "@/components/ui/form-parts";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(requestSignIn, null);
  const error = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <EmailField label="Email address" defaultValue={error?.values?.email} errorId={error ? "signin-error" : undefined} />
      <FormError id="signin-error" message={error?.error} />
      <SubmitButton pending={pending} pendingText="Sending…">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}
