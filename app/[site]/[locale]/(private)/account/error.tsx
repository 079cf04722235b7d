"use client";
// My Account could not load (usually the eSIM provider or the database being slow).
import { useLocale, useTranslations } from "next-intl";
import { problem } from "@/components/ui/problems";
import { RetryProblemPage } from "@/components/ui/retry-problem-page";

export default function AccountError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Problems");
  return <RetryProblemPage problem={problem("accountFailed", useLocale(), t)} reset={reset} retry={t("tryAgain")} />;
}
