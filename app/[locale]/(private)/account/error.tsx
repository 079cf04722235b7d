"use client";
// My Account could not load (usually the eSIM provider or the database being slow).
import { PROBLEMS } from "@/components/ui/problems";
import { RetryProblemPage } from "@/components/ui/retry-problem-page";

export default function AccountError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RetryProblemPage problem={PROBLEMS.accountFailed} reset={reset} />;
}
