"use client";
import { ProblemPage, retryClass } from "@/components/ui/problem-page";

// A storefront page failed to load (the database or the catalogue did not answer).
export default function StoreError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemPage
      title="This page did not load"
      text="Something went wrong on our side. Nothing was charged. Please try again in a moment."
      links={[{ href: "/", label: "Back to destinations" }]}
    >
      <button type="button" onClick={reset} className={retryClass}>
        Try again
      </button>
    </ProblemPage>
  );
}
