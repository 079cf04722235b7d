"use client";
// A storefront page failed to load (the database or the catalogue did not answer).
import { useLocale, useTranslations } from "next-intl";
import { problem } from "@/components/ui/problems";
import { RetryProblemPage } from "@/components/ui/retry-problem-page";

export default function StoreError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Problems");
  return <RetryProblemPage problem={problem("storeFailed", useLocale(), t)} reset={reset} retry={t("tryAgain")} />;
}
