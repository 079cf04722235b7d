"use client";
import { ProblemPage, retryClass } from "@/components/ui/problem-page";

// My Account could not load (usually the eSIM provider or the database being slow).
export default function AccountError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemPage
      title="Your account did not load"
      text="Something went wrong on our side. Your eSIMs keep working; nothing was changed. Please try again in a moment."
      links={[{ href: "/account", label: "My eSIMs" }]}
    >
      <button type="button" onClick={reset} className={retryClass}>
        Try again
      </button>
    </ProblemPage>
  );
}
