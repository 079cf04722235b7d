"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { EmailField } from "@/components/ui/email-field";
import { FormError, SubmitButton } from "@/components/ui/form-parts";
import type { ActionResult } from "@/lib/actions/chain";
import { requestSignIn } from "./actions";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("SignIn");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(requestSignIn, null);
  const error = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="locale" value={locale} />
      <EmailField label={t("email")} defaultValue={error?.values?.email} errorId={error ? "signin-error" : undefined} />
      <FormError id="signin-error" message={error?.error} params={error?.params} />
      <SubmitButton pending={pending} pendingText={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
