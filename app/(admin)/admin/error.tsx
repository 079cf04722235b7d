"use client";
import { ProblemPage, retryClass } from "@/components/ui/problem-page";

// Staff see what broke: the message (in development) and the digest that finds it in the logs.
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemPage
      title="This staff page failed"
      text={`${error.message || "Server error"}${error.digest ? ` · look for digest ${error.digest} in the web logs` : ""}`}
      links={[{ href: "/admin", label: "Dashboard" }]}
    >
      <button type="button" onClick={reset} className={retryClass}>
        Try again
      </button>
    </ProblemPage>
  );
}
