"use client";
// The end of every customer form: the error (announced, linked from the field it is about, and in
// the customer's language when it is one of the Errors messages) and the one big button that says
// what it is doing while the action runs.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type ErrorProps = { id: string; message: string | undefined; params?: Record<string, string | number> };

export function FormError({ id, message, params }: ErrorProps) {
  const t = useTranslations("Errors");
  if (!message) return null;
  return (
    <p id={id} role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
      {t.has(message) ? t(message, params) : message}
    </p>
  );
}

export function SubmitButton({ pending, pendingText, children }: { pending: boolean; pendingText: string; children: ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white shadow hover:bg-brand-700 disabled:opacity-60"
    >
      {pending ? pendingText : children}
    </button>
  );
}
