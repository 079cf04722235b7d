"use client";
// A storefront page failed to load (the database or the catalogue did not answer).
import { PROBLEMS } from "@/components/ui/problems";
import { RetryProblemPage } from "@/components/ui/retry-problem-page";

export default function StoreError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RetryProblemPage problem={PROBLEMS.storeFailed} reset={reset} />;
}
